// Calendar-date arithmetic on ISO dates (YYYY-MM-DD), in whole days and free of time zones.
import type { IsoDate } from '../model.js';

const DAY_MS = 86_400_000;

/** A real day of the calendar written YYYY-MM-DD (so 2026-02-31 is not one). */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 /* - */ || value.charCodeAt(7) !== 45) return false;
  const year = readDigits(value, 0, 4);
  const month = readDigits(value, 5, 7);
  const day = readDigits(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The number the ASCII digits from `start` to `end` write, NaN if another character is among them.
 * Dates are read digit by digit, not with slices and a regular expression: this runs for every
 * date of a large network, several times per command.
 */
function readDigits(value: string, start: number, end: number): number {
  let number = 0;
  for (let at = start; at < end; at++) {
    const digit = value.charCodeAt(at) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    number = number * 10 + digit;
  }
  return number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The calendar date of a moment, as the user's clock shows it. */
export function toIsoDate(moment: Date): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The day number of a moment's calendar date, as the user's clock shows it (the day of `toIsoDate`). */
export function localDayNumber(moment: Date): number {
  return Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()) / DAY_MS;
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (NaN if the date is not written
 * YYYY-MM-DD): Howard Hinnant's days_from_civil, in integers, without a Date.
 */
export function dayNumber(date: IsoDate): number {
  const month = readDigits(date, 5, 7);
  // Counted from March, so that a leap day ends its year.
  const year = readDigits(date, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + readDigits(date, 8, 10) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** "1 day", "12 days". */
export function countDays(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** "today", "yesterday", "12 days ago". */
export function describeAgo(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${countDays(days)} ago`;
}
