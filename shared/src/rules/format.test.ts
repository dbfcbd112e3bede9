// Tests for Danish display formatting of amounts, dates, months and percentages, and for reading dates and amounts back.
import { formatDate, formatKr, formatMonth, formatNumber, formatPercent, parseAmount, parseDanishDate } from './format';

describe('Danish formatting', () => {
  it('formats kroner with plain spaces', () => {
    expect(formatKr(12345.5)).toBe('12.345,50 kr.');
    expect(formatKr(0)).toBe('0,00 kr.');
    expect(formatKr(1234567.891)).toBe('1.234.567,89 kr.');
    expect(formatKr(-250)).toBe('-250,00 kr.');
    expect(formatKr(-0.001)).toBe('0,00 kr.');
    expect(formatKr(12345.5)).not.toMatch(/[\u00a0\u202f]/);
  });

  it('formats dates as dd.mm.yyyy', () => {
    expect(formatDate('2026-03-01')).toBe('01.03.2026');
    expect(formatDate('2024-02-29')).toBe('29.02.2024');
    expect(() => formatDate('2026-02-29')).toThrow();
  });

  it('formats months in Danish', () => {
    expect(formatMonth('2026-03')).toBe('marts 2026');
    expect(formatMonth('2026-12')).toBe('december 2026');
  });

  it('formats percentages and numbers', () => {
    expect(formatPercent(2.5)).toBe('2,5 %');
    expect(formatPercent(2)).toBe('2 %');
    expect(formatPercent(5.0625)).toBe('5,06 %');
    expect(formatPercent(-1.5)).toBe('-1,5 %');
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });
});

describe('parseDanishDate', () => {
  it('reads dd.mm.yyyy and d.m.yyyy as ISO dates and refuses what is no calendar day', () => {
    expect(parseDanishDate('01.03.2026')).toBe('2026-03-01');
    expect(parseDanishDate(' 9.2.2024 ')).toBe('2024-02-09');
    expect(parseDanishDate('29.02.2024')).toBe('2024-02-29');
    expect(parseDanishDate('29.02.2026')).toBeUndefined();
    expect(parseDanishDate('2026-03-01')).toBeUndefined();
    expect(parseDanishDate('31.13.2026')).toBeUndefined();
  });
});

describe('parseAmount', () => {
  it('reads Danish and plain amounts with at most two decimals', () => {
    expect(parseAmount('2.885,50')).toBe(2885.5);
    expect(parseAmount('2885.5')).toBe(2885.5);
    expect(parseAmount('2 885 kr.')).toBe(2885);
    expect(parseAmount('7,5')).toBe(7.5);
    expect(parseAmount('1,005')).toBeUndefined();
    expect(parseAmount('mange')).toBeUndefined();
    expect(parseAmount('-5')).toBeUndefined();
  });
});
