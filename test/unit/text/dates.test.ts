import { calendarDate, daysInMonth, isoDate } from '../../../src/text/index.js';

describe('calendarDate', () => {
  it.each([
    [30, 2, 2021],
    [29, 2, 2021],
    [31, 4, 2020],
    [0, 5, 2020],
    [32, 1, 2020],
    [5, 13, 2020],
    [5, 0, null],
    [1.5, 2, 2020],
  ])('refuses %i/%i/%s', (d, m, y) => {
    expect(calendarDate(d, m, y)).toBeNull();
  });
  it('accepts real days, 29 February in leap years and when the year is unknown', () => {
    expect(calendarDate(29, 2, 2020)).toEqual({ day: 29, month: 2, year: 2020 });
    expect(calendarDate(29, 2, 2000)).not.toBeNull();
    expect(calendarDate(29, 2, 1900)).toBeNull();
    expect(calendarDate(29, 2)).toEqual({ day: 29, month: 2, year: null });
    expect(calendarDate(31, 12, 21)).toEqual({ day: 31, month: 12, year: 2021 });
  });
  it('never rolls over the way Date does', () => {
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= 31; d++) {
        const real = new Date(Date.UTC(2021, m - 1, d)).getUTCMonth() === m - 1;
        expect(calendarDate(d, m, 2021) !== null).toBe(real);
      }
    }
    expect(daysInMonth(2, 2024)).toBe(29);
  });
});

describe('isoDate', () => {
  it('writes yyyy-mm-dd, with the fallback year when none is written, null when impossible', () => {
    expect(isoDate({ day: 5, month: 3, year: 2021 })).toBe('2021-03-05');
    expect(isoDate({ day: 5, month: 3, year: null }, 2019)).toBe('2019-03-05');
    expect(isoDate({ day: 29, month: 2, year: null }, 2021)).toBeNull();
    expect(isoDate({ day: 5, month: 3, year: null })).toBeNull();
  });
});

describe('the readers use it', () => {
  it('a citation date, a lead date and a date line refuse an impossible day', async () => {
    const { readDate } = await import('../../../src/extract/directives/dates.js');
    const { readLeadDate } = await import('../../../src/extract/article/meetingDate.js');
    const { parseDateLine } = await import('../../../src/extract/article/publishedOn.js');
    expect(readDate('ngày 30/2/2021')).toBeNull();
    expect(readDate('ngày 28/2/2021')?.date).toEqual({ day: 28, month: 2, year: 2021 });
    expect(readLeadDate('Ngày 31/4/2021, Huyện ủy họp')?.date ?? null).toBeNull();
    expect(parseDateLine('30/02/2021 08:00')).toBeNull();
    expect(parseDateLine('28/02/2021 08:00')).toBe('2021-02-28');
  });
});
