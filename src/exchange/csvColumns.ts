// Column types for neo4j-admin CSV headers (`name:type`), inferred from the
// values, with the model's date properties typed `date`; and the conversion
// of one cell each way.

export type ScalarType = 'string' | 'long' | 'double' | 'boolean' | 'date';
/** A scalar type, or an array of one (`string[]`); `?[]` while only empty arrays have been seen. */
export type ColumnType = ScalarType | `${ScalarType}[]` | '?[]';

/** Between the elements of an array cell: neo4j-admin's default (--array-delimiter=';'). */
export const ARRAY_DELIMITER = ';';

function scalarType(v: unknown, where: string): ScalarType {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (typeof v === 'boolean') return 'boolean';
  throw new Error(`${where}: a ${v === null ? 'null' : typeof v} cannot be a property in CSV`);
}

export function valueType(v: unknown, isDate: boolean, where: string): ColumnType {
  if (isDate) return 'date';
  if (Array.isArray(v)) return v.length === 0 ? '?[]' : `${scalarType(v[0], where)}[]`;
  return scalarType(v, where);
}

/** The type two values of one column share: long widens to double, an unknown array takes the known one. */
export function widen(a: ColumnType, b: ColumnType, where: string): ColumnType {
  if (a === b) return a;
  if (a === '?[]' && b.endsWith('[]')) return b;
  if (b === '?[]' && a.endsWith('[]')) return a;
  const pair = [a, b].sort().join(' ');
  if (pair === 'double long') return 'double';
  if (pair === 'double[] long[]') return 'double[]';
  throw new Error(`${where}: values of types ${a} and ${b} in one column`);
}

/** Header type as neo4j-admin spells it (a column of only empty arrays is a string array). */
export function headerType(t: ColumnType): string {
  return t === '?[]' ? 'string[]' : t;
}

function scalarText(v: unknown, where: string): string {
  const text = String(v);
  if (typeof v === 'string' && text.includes(ARRAY_DELIMITER)) {
    throw new Error(`${where}: an array element contains '${ARRAY_DELIMITER}', the CSV array delimiter: ${text}`);
  }
  return text;
}

/** A value as cell text; null means no value (an unquoted empty field). An empty array is "" (quoted empty). */
export function cellText(v: unknown, where: string): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map((x) => scalarText(x, where)).join(ARRAY_DELIMITER);
  return String(v);
}

/** Cell text back to a value of the column's header type. */
export function cellValue(text: string, type: string): unknown {
  if (type.endsWith('[]')) {
    if (text === '') return [];
    const element = type.slice(0, -2);
    return text.split(ARRAY_DELIMITER).map((x) => cellValue(x, element));
  }
  switch (type) {
    case 'long':
    case 'int':
    case 'short':
    case 'byte':
    case 'double':
    case 'float':
      return Number(text);
    case 'boolean':
      return text.toLowerCase() === 'true';
    default:
      return text; // string, date (ISO), char
  }
}
