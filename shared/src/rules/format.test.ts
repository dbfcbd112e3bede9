// Tests for Danish display formatting of amounts, dates, months and percentages, and for reading dates and amounts back.
import {
  formatDate,
  formatKr,
  formatMonth,
  formatMonthName,
  formatNumber,
  formatPercent,
  parseAmount,
  parseDanishDate,
} from './format';

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

  it('reads dates typed as dd.mm.yyyy back into ISO dates, and nothing that is no real date', () => {
    expect(parseDanishDate('01.03.2026')).toBe('2026-03-01');
    expect(parseDanishDate(' 1.3.2026 ')).toBe('2026-03-01');
    expect(parseDanishDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDanishDate('31/12/2026')).toBe('2026-12-31');
    expect(parseDanishDate(formatDate('2026-10-01'))).toBe('2026-10-01');
    for (const wrong of ['29.02.2026', '32.01.2026', '01.13.2026', '2026-03-01', '03/01/26', '', 'i morgen']) {
      expect(parseDanishDate(wrong)).toBeUndefined();
    }
  });

  it('formats months in Danish', () => {
    expect(formatMonth('2026-03')).toBe('marts 2026');
    expect(formatMonth('2026-12')).toBe('december 2026');
    expect([1, 3, 12].map(formatMonthName)).toEqual(['januar', 'marts', 'december']);
  });

  it('formats percentages and numbers', () => {
    expect(formatPercent(2.5)).toBe('2,5 %');
    expect(formatPercent(2)).toBe('2 %');
    expect(formatPercent(5.0625)).toBe('5,06 %');
    expect(formatPercent(-1.5)).toBe('-1,5 %');
    expect(formatNumber(1234.5)).toBe('1.234,5');
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
