import { InvalidArgumentError } from 'commander';

/** A commander argParser for a whole number in [min, max]: `--batch-size abc` is an error, not NaN. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value: string) => {
    if (!/^\s*\d+\s*$/.test(value)) throw new InvalidArgumentError(`'${value}' is not a whole number (${min} to ${max}).`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`${n} is out of range (${min} to ${max}).`);
    return n;
  };
}
