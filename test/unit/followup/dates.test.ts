import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, toIsoDate } from '../../../src/core/followup/index.js';
import { dayNumber, isCalendarDate, localDayNumber } from '../../../src/core/followup/dates.js';

describe('calendar dates', () => {
  it('counts whole days across month, year and leap-day boundaries', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-06-30', '2024-06-01')).toBe(-29);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-03-10', -10)).toBe('2024-02-29');
  });

  it('reads the calendar date of a fixed clock', () => {
    expect(toIsoDate(new Date('2024-06-30T12:00:00Z'))).toBe('2024-06-30');
  });
});

describe('real calendar days', () => {
  it('knows month lengths and the Gregorian leap years', () => {
    for (const real of ['2024-02-29', '2000-02-29', '2026-01-31', '2026-04-30', '2026-12-31', '0001-01-01']) expect(isCalendarDate(real), real).toBe(true);
    for (const unreal of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-13-01', '2026-06-00', '2026-6-1', '2026-06-01T00:00']) {
      expect(isCalendarDate(unreal), unreal).toBe(false);
    }
  });

  it('agrees with the JavaScript calendar on every day of four years', () => {
    for (let day = Date.UTC(2023, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      expect(isCalendarDate(new Date(day).toISOString().slice(0, 10))).toBe(true);
    }
    for (const [year, month] of [[2023, 2], [2024, 2], [2026, 4], [2026, 9]] as const) {
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      expect(isCalendarDate(`${year}-${String(month).padStart(2, '0')}-${last + 1}`)).toBe(false);
    }
  });
});

describe('day numbers', () => {
  it('agree with the JavaScript calendar on every day from 1600 to 2400', () => {
    for (let day = Date.UTC(1600, 0, 1); day < Date.UTC(2400, 0, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      if (dayNumber(date) !== day / 86_400_000) expect(dayNumber(date), date).toBe(day / 86_400_000);
    }
    // Date.UTC reads years 0–99 as 1900–1999; the calendar goes on.
    expect(dayNumber('0001-01-01')).toBe(Date.UTC(2001, 0, 1) / 86_400_000 - 2000 * 365 - 485);
    expect(dayNumber('2026-13-01') - dayNumber('2026-12-01')).toBe(31);
  });

  it('are not a number for what is not written in digits', () => {
    for (const unwritten of ['', '2026-0a-01', 'abcd-01-01', '2026-01-1']) expect(dayNumber(unwritten), unwritten).toBeNaN();
  });

  it('count the same days as the ISO dates of the user’s clock', () => {
    for (const moment of [new Date(2024, 1, 29, 23, 59), new Date(2026, 0, 1, 0, 0), new Date(1999, 11, 31, 12)]) {
      expect(localDayNumber(moment)).toBe(dayNumber(toIsoDate(moment)));
    }
    expect(localDayNumber(new Date(2026, 2, 1)) - dayNumber('2026-02-28')).toBe(daysBetween('2026-02-28', '2026-03-01'));
  });
});
