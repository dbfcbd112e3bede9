// Tests for ISO date arithmetic: month-end clamping, leap years, periods, the Danish calendar day.
import { ValidationError } from '../errors';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  earliestDate,
  inClosedPeriod,
  inHalfOpenPeriod,
  isLeapYear,
  isoDateOf,
  monthKey,
  parseIsoDate,
  yearOf,
} from './dates';

describe('dates', () => {
  it('knows leap years and month lengths', () => {
    expect([2024, 2000, 2026, 1900].map(isLeapYear)).toEqual([true, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('refuses dates that do not exist', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '01.03.2026', '']) {
      expect(() => parseIsoDate(bad)).toThrow(ValidationError);
    }
  });

  it('refuses anything but ten ASCII characters YYYY-MM-DD, whatever the caller passed', () => {
    const shapes = [
      '2026-03-1a',
      '2026/03/15',
      '2026-03-15 ',
      ' 2026-03-15',
      '２０２６-03-15',
      '2026-03-150',
      '12026-03-15',
    ];
    for (const bad of [...shapes, undefined, null, 20260315] as unknown as string[]) {
      expect(() => parseIsoDate(bad)).toThrow(ValidationError);
      expect(() => compareDates(bad, '2026-03-15')).toThrow(ValidationError);
    }
    expect(isoDateOf('2026-03-15T23:30:00Z')).toBe('2026-03-16');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // daylight saving starts that night in Denmark
  });

  it('adds months with end-of-month clamping', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2027-05-31', -3)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-01-31', 0)).toBe('2026-01-31');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2); // across the end of daylight saving
  });

  it('compares and picks the earliest date', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(earliestDate(undefined, '2026-05-01', '2026-04-30', undefined)).toBe('2026-04-30');
    expect(earliestDate(undefined)).toBeUndefined();
  });

  it('reads year and month', () => {
    expect(yearOf('2026-07-04')).toBe(2026);
    expect(monthKey('2026-07-04')).toBe('2026-07');
  });

  it('tells half-open and closed periods apart', () => {
    expect(inHalfOpenPeriod('2026-01-01', '2026-01-01', '2027-01-01')).toBe(true);
    expect(inHalfOpenPeriod('2027-01-01', '2026-01-01', '2027-01-01')).toBe(false);
    expect(inHalfOpenPeriod('2025-12-31', '2026-01-01')).toBe(false);
    expect(inHalfOpenPeriod('2099-01-01', '2026-01-01')).toBe(true);
    expect(inClosedPeriod('2026-06-30', '2026-01-01', '2026-06-30')).toBe(true);
    expect(inClosedPeriod('2026-07-01', '2026-01-01', '2026-06-30')).toBe(false);
  });

  it('reads a day argument as the Danish calendar day', () => {
    expect(isoDateOf('2026-03-01')).toBe('2026-03-01');
    expect(isoDateOf(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(isoDateOf('2026-07-31T22:30:00Z')).toBe('2026-08-01'); // summer time, UTC+2
    expect(isoDateOf('2026-07-31T21:30:00Z')).toBe('2026-07-31');
    expect(() => isoDateOf('not a date')).toThrow(ValidationError);
    expect(() => isoDateOf('2026-02-30')).toThrow(ValidationError);
  });
});
