import { createReadStream } from 'node:fs';

// RFC 4180 CSV as `neo4j-admin database import` reads it: comma-separated,
// double quotes doubled inside quoted fields, line breaks allowed inside
// quotes (--multiline-fields=true). An unquoted empty field is "no value"; a
// quoted empty one ("") is the empty string, as neo4j-admin tells them apart.

/** One field: null is the unquoted empty field (no value). */
export function csvField(text: string | null): string {
  if (text === null) return '';
  if (text === '' || /[",\r\n]/.test(text) || text.trim() !== text) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvLine(fields: Array<string | null>): string {
  return `${fields.map(csvField).join(',')}\n`;
}

/** Streams the records of a CSV file; each field is its text, or null for an unquoted empty field. */
export async function* readCsv(path: string): AsyncGenerator<Array<string | null>> {
  let field = '';
  let quoted = false; // the current field started with a quote
  let inQuotes = false; // inside the quotes right now
  let pendingQuote = false; // saw a quote inside quotes: the end, or the first of a doubled pair
  let record: Array<string | null> = [];
  let fieldStarted = false;
  const endField = () => {
    record.push(quoted ? field : field === '' ? null : field);
    field = '';
    quoted = false;
    fieldStarted = false;
  };
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    for (const c of chunk as string) {
      if (pendingQuote) {
        pendingQuote = false;
        if (c === '"') {
          field += '"';
          continue;
        }
        inQuotes = false;
      }
      if (inQuotes) {
        if (c === '"') pendingQuote = true;
        else field += c;
        continue;
      }
      if (c === '"' && !fieldStarted) {
        quoted = true;
        inQuotes = true;
        fieldStarted = true;
      } else if (c === ',') {
        endField();
      } else if (c === '\n') {
        endField();
        yield record;
        record = [];
      } else if (c === '\r') {
        // CRLF line ends: the \n that follows ends the record.
      } else {
        field += c;
        fieldStarted = true;
      }
    }
  }
  if (inQuotes && !pendingQuote) throw new Error(`${path}: the file ends inside a quoted field`);
  if (fieldStarted || record.length > 0) {
    endField();
    yield record;
  }
}
