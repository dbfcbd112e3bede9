// Calendar arithmetic on ISO dates (`YYYY-MM-DD`), done in UTC so no time zone can shift a day.
import { ValidationError } from '../errors';

const MS_PER_DAY = 86_400_000;
const DANISH_TIME_ZONE = 'Europe/Copenhagen';
/** Built once: constructing a formatter costs far more than using it. */
const DANISH_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** True in leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? Number.NaN);
}

/** The number written by the digits of `text` from `start` to `end` (checked digits only: see isDateShaped). */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** True when `text` is a string `YYYY-MM-DD` of ASCII digits (the date's shape only). */
function isDateShaped(text: unknown): text is string {
  if (typeof text !== 'string' || text.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** Throws a ValidationError unless `date` is a real calendar date as `YYYY-MM-DD`. */
function assertIsoDate(date: string): void {
  // Read from the characters, not a regular expression or a match array: dates are checked in every list and rule,
  // so this stays allocation-free.
  const valid =
    isDateShaped(date) &&
    digits(date, 5, 7) >= 1 &&
    digits(date, 5, 7) <= 12 &&
    digits(date, 8, 10) >= 1 &&
    digits(date, 8, 10) <= daysInMonth(digits(date, 0, 4), digits(date, 5, 7));
  if (!valid) throw new ValidationError(`Ugyldig dato: »${date}«. Brug formatet ÅÅÅÅ-MM-DD.`);
}

/** Splits an ISO date into numbers; throws a ValidationError for anything that is not a real calendar date. */
export function parseIsoDate(date: string): DateParts {
  assertIsoDate(date);
  return { year: digits(date, 0, 4), month: digits(date, 5, 7), day: digits(date, 8, 10) };
}

/** Builds an ISO date from numbers. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtcMs(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/** The same day `months` months later (earlier when negative), clamped to the month's last day: 31 Jan + 1 → 28/29 Feb. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`; usable as a sort comparator. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  // Valid ISO dates (four-digit years) sort as text in calendar order.
  assertIsoDate(a);
  assertIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earliest of the given dates, skipping absent ones; undefined when none is given. */
export function earliestDate(...dates: (string | undefined)[]): string | undefined {
  return dates.reduce<string | undefined>(
    (min, d) => (d === undefined || (min !== undefined && compareDates(min, d) <= 0) ? min : d),
    undefined,
  );
}

/** The calendar year of an ISO date. */
export function yearOf(date: string): number {
  return parseIsoDate(date).year;
}

/** The month of an ISO date as `YYYY-MM`. */
export function monthKey(date: string): string {
  const { year, month } = parseIsoDate(date);
  return formatIsoDate(year, month, 1).slice(0, 7);
}

/** True when `validFrom ≤ date < validTo` (validTo is the first day no longer valid; absent means open-ended). */
export function inHalfOpenPeriod(date: string, validFrom: string, validTo?: string): boolean {
  return compareDates(validFrom, date) <= 0 && (validTo === undefined || compareDates(date, validTo) < 0);
}

/** True when `start ≤ date ≤ end` (end is the last day, as in a contract's or special rate's end date). */
export function inClosedPeriod(date: string, start: string, end?: string): boolean {
  return compareDates(start, date) <= 0 && (end === undefined || compareDates(date, end) <= 0);
}

/**
 * The ISO date of a day argument. An ISO date string is taken as it is; a Date or a timestamp string is
 * read as the calendar day in Denmark, where the users are.
 */
export function isoDateOf(value: string | Date): string {
  if (isDateShaped(value)) {
    assertIsoDate(value);
    return value;
  }
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new ValidationError(`Ugyldig dato: »${String(value)}«.`);
  return danishDayOf(instant);
}

/** The last minute read as a Danish day: the day changes on a minute boundary, so the minute names it. */
let lastMinute: { minute: number; day: string } | undefined;

function danishDayOf(instant: Date): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (lastMinute?.minute === minute) return lastMinute.day;
  const parts = DANISH_DAY.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const day = formatIsoDate(part('year'), part('month'), part('day'));
  lastMinute = { minute, day };
  return day;
}
