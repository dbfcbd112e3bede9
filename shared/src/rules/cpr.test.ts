// The CPR detector: every spelling of a CPR number is found; dates, amounts and ordinary numbers are not.
import fc from 'fast-check';

import { containsCprNumber, CPR_REFUSAL, normaliseForCpr } from './cpr';

describe('containsCprNumber', () => {
  it.each([
    ['no separator', '0101901234'],
    ['hyphen', '010190-1234'],
    ['space', '010190 1234'],
    ['no-break space', '010190\u00a01234'],
    ['dots', '01.01.90-1234'],
    ['spaces between every group', '01 01 90 1234'],
    ['slash', '010190/1234'],
    ['en dash', '010190\u20131234'],
    ['em dash', '010190\u20141234'],
    ['non-breaking hyphen', '290296\u20111111'],
    ['minus sign', '010190\u22121234'],
    ['spaced hyphen', '010190 - 1234'],
    ['full-width digits', '\uff10\uff11\uff10\uff11\uff19\uff10\uff0d\uff11\uff12\uff13\uff14'],
    ['circled digits', '\u24ea\u2460\u24ea\u2460\u2468\u24ea\u2460\u2461\u2462\u2463'],
    ['Arabic-Indic digits', '\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0663\u0664'],
    ['zero-width space', '0101\u200b90-1234'],
    ['zero-width joiner and word joiner', '01\u200d0190\u20601234'],
    ['soft hyphen', '010190\u00ad1234'],
    ['byte order mark and bidi marks', '\ufeff\u200e010190\u200f1234'],
    ['a combining mark on a digit', '0\u0301101901234'],
    ['inside longer text', 'Borgeren (311299–4321) flytter ind'],
    ['next to letters', 'sagCPR0101901234x'],
    ['a line break as separator', '010190\n1234'],
  ])('finds a CPR number written with %s', (_how, text) => {
    expect(containsCprNumber(text)).toBe(true);
  });

  it('requires a real date in the year the number encodes', () => {
    expect(containsCprNumber('320190-1234')).toBe(false);
    expect(containsCprNumber('011390-1234')).toBe(false);
    expect(containsCprNumber('000190-1234')).toBe(false);
    expect(containsCprNumber('300290-1234')).toBe(false);
    // 29 February: 1996 (seventh digit 1) is a leap year, 1990 is not, 2000 (seventh digit 4, YY 00) is.
    expect(containsCprNumber('290296-1111')).toBe(true);
    expect(containsCprNumber('290290-1111')).toBe(false);
    expect(containsCprNumber('290200-4111')).toBe(true);
    expect(containsCprNumber('290200-1111')).toBe(false);
  });

  it.each([
    ['eleven digits', '12345678901'],
    ['a CPR-shaped number with a fifth serial digit', '010190-12345'],
    ['ten digits inside a longer run', '990101901234'],
    ['a case number, an amount and a phone number', 'Sag 2026-00123, takst 2.000 kr., tlf. 12 34 56 78'],
    ['a CVR number', 'CVR 24256790'],
    ['a phone number with the country code', '+45 01 01 90 12 og 0045 0101 9012'],
    ['an amount with thousands separators', 'Årlig pris 1.010.190,12 kr.'],
    ['a phone number with the country code in one run', '+4520101901'],
    ['an ISO date and a time stamp', '2026-03-01 og 2026-03-01T10:00:00.000Z'],
    ['a period of two dates', 'Periode 010126-311226 og 01.01.2026-31.12.2026'],
    ['an invoice number with a year prefix', 'Faktura 2026001234'],
    ['an IBAN', 'DK5000400440116243'],
    ['the empty text', ''],
  ])('leaves %s alone', (_what, text) => {
    expect(containsCprNumber(text)).toBe(false);
  });

  it('treats a ten-digit number whose first six digits are a date as a CPR number', () => {
    expect(containsCprNumber('Fakturanr. 1502261234')).toBe(true);
  });

  it('finds a CPR number after a non-matching one', () => {
    expect(containsCprNumber('320190-1234 og 150585-4321')).toBe(true);
  });

  it('finds every valid CPR number, whatever the separator and surrounding text', () => {
    const separators = fc.constantFrom('', ' ', '-', '.', '/', '\u2013', '\u2014', '\u00a0', '\u200b');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('1999-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 3999 }),
        separators,
        fc.stringMatching(/^[a-zæøå ,.:()]{0,20}$/),
        (date, serial, separator, around) => {
          const dd = String(date.getUTCDate()).padStart(2, '0');
          const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
          const yy = String(date.getUTCFullYear() % 100).padStart(2, '0');
          const cpr = `${dd}${mm}${yy}${separator}${String(serial).padStart(4, '0')}`;
          return containsCprNumber(`${around}${cpr}${around}`);
        },
      ),
    );
  });

  it('folds full-width digits and removes invisible characters before matching', () => {
    expect(normaliseForCpr('\uff11\u200b2')).toBe('12');
  });

  it('explains the refusal in Danish', () => {
    expect(CPR_REFUSAL).toContain('CPR-nummer');
  });
});
