import classes from './data/nationalIssuerClasses.json' with { type: 'json' };
const NUMBERED = new Set(classes.numbered);
const NAMED = new Set(classes.named);

/**
 * Whether a directive key names one document nation-wide (CT-5-TW, NQ-42-CP,
 * NQ-DH-XIII, NQ-TW4-XII) or a local one whose number another province or
 * district also uses (KH-110-HU, NQ-DHTINH-XVIII, CT-5-?).
 */
export function isNationalKey(key: string): boolean {
  const parts = key.split('-');
  if (/^\d/.test(parts[1] ?? '')) return NUMBERED.has(parts.slice(2).join('-'));
  return NAMED.has(parts[1] ?? '') || /^TW\d+$/.test(parts[1] ?? '');
}
