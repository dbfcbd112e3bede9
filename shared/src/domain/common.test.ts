// The shared building blocks refuse implausible years and blank required text.
import { LocalDateTime } from '../api/microsoft365.contract';
import { freeText, IsoDate, Label, Timestamp } from './common';

describe('years', () => {
  it.each([
    ['a date', IsoDate, '1900-01-01', '2200-12-31', '1899-12-31', '2201-01-01'],
    [
      'a time stamp',
      Timestamp,
      '1900-01-01T00:00:00Z',
      '2200-12-31T23:59:59+01:00',
      '0001-01-01T00:00:00Z',
      '9999-12-31T00:00:00Z',
    ],
    [
      'a local date-time',
      LocalDateTime,
      '1900-01-01T10:00',
      '2200-12-31T10:00',
      '1899-12-31T10:00',
      '2201-01-01T10:00',
    ],
  ] as const)('keeps %s within 1900-2200', (_what, schema, first, last, before, after) => {
    expect(schema.safeParse(first).success).toBe(true);
    expect(schema.safeParse(last).success).toBe(true);
    for (const wrong of [before, after]) {
      expect(schema.safeParse(wrong).error?.issues[0]?.message).toBe('Årstallet skal ligge mellem 1900 og 2200.');
    }
  });
});

describe('freeText', () => {
  it('refuses required text that is blank after trimming, and keeps optional text optional', () => {
    expect(Label.safeParse(' \t\n').error?.issues[0]?.message).toBe('Feltet må ikke være tomt.');
    expect(Label.safeParse(' Bosted ').success).toBe(true);
    expect(freeText(80, 2).safeParse(' a ').success).toBe(false);
    expect(freeText(100).safeParse('').success).toBe(true);
  });
});
