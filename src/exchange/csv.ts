import { createReadStream } from 'node:fs';
import { parse, type CastingContext } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';

// RFC 4180 CSV as `neo4j-admin database import` reads it: comma-separated,
// double quotes doubled inside quoted fields, line breaks allowed inside
// quotes (--multiline-fields=true). An unquoted empty field is "no value"; a
// quoted empty one ("") is the empty string, as neo4j-admin tells them apart.
// csv-parse and csv-stringify do the quoting: a maintained parser refuses broken
// quoting (`"ab"cd`, a quote inside an unquoted field, a quote left open) with the
// line it is on, where a hand-written one read it as something else.

const STRINGIFY_OPTIONS = {
  // null (no value) stays an unquoted empty field; the empty string is written "".
  quoted_empty: false,
  cast: { string: (value: string) => (value === '' ? { value, quoted_empty: true } : value) },
  // Leading or trailing blanks quoted, so no reader trims them away.
  quoted_match: /^\s|\s$/,
  record_delimiter: 'unix',
} as const;

/** One record as a line (ending in \n); null is the unquoted empty field (no value). */
export function csvLine(fields: ReadonlyArray<string | null>): string {
  if (fields.length === 1 && fields[0] === null) return '\n';
  return stringify([fields.map((f) => f ?? undefined)], STRINGIFY_OPTIONS);
}

/** One field as it appears in a line. */
export function csvField(text: string | null): string {
  return csvLine([text]).slice(0, -1);
}

const noValueWhenUnquoted = (value: string, context: CastingContext): string | null => (value === '' && !context.quoting ? null : value);

/** Streams the records of a CSV file; each field is its text, or null for an unquoted empty field. Broken quoting is an error naming the file and line. */
export async function* readCsv(path: string): AsyncGenerator<Array<string | null>> {
  const parser = createReadStream(path, { encoding: 'utf8' }).pipe(
    parse({ cast: noValueWhenUnquoted, relax_column_count: true, skip_empty_lines: false, bom: false }),
  );
  try {
    for await (const record of parser) yield record as Array<string | null>;
  } catch (error) {
    throw new Error(`${path}: not valid CSV: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
