import { calendarDate } from '../text/dates.js';

/** A row's date that is no day of the calendar ('2021-02-30'), refused before any engine sees it. */
export class ImpossibleDate extends Error {
  constructor(
    readonly id: string,
    readonly date: unknown,
  ) {
    super(`${id}: date ${JSON.stringify(date)} is not a day of the calendar (YYYY-MM-DD)`);
    this.name = 'ImpossibleDate';
  }
}

/**
 * Checks the `date` of rows about to be written with date(): null, or an ISO day that
 * exists. Grafeo would drop an impossible one silently and Neo4j fail the whole
 * transaction on it, so both writes (ingest and import) check here first.
 */
export function assertCalendarDates(rows: ReadonlyArray<{ id: string; date?: unknown }>): void {
  for (const row of rows) {
    if (row.date === null || row.date === undefined) continue;
    const m = typeof row.date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(row.date) : null;
    if (!m || !calendarDate(Number(m[3]), Number(m[2]), Number(m[1]))) throw new ImpossibleDate(row.id, row.date);
  }
}
