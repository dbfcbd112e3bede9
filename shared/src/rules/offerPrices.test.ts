// Tests for day equivalents of rates and an offer's list price.
import { Rate, type RateRecord } from '../domain/rate';
import { dayEquivalent, listPriceOf } from './offerPrices';

function rate(type: Rate['type'], amount: number, source: RateRecord['source'], history: RateRecord[] = []): Rate {
  return Rate.parse({
    id: `r-${type}`,
    type,
    label: 'Takst',
    amount,
    negotiatedAt: '2026-01-01',
    source,
    validFrom: '2026-01-01',
    history,
  });
}

function record(amount: number, source: RateRecord['source']): RateRecord {
  return { amount, negotiatedAt: '2025-01-01', source, validFrom: '2025-01-01', validTo: '2026-01-01' };
}

describe('dayEquivalent', () => {
  it('takes a day rate as it is and spreads a month rate over a twelfth of a year', () => {
    expect(dayEquivalent({ type: 'day', amount: 2100 })).toBe(2100);
    expect(dayEquivalent({ type: 'month', amount: 36500 })).toBeCloseTo(1200, 6);
  });

  it('has no day equivalent for hourly and package rates', () => {
    expect(dayEquivalent({ type: 'hour', amount: 650 })).toBeUndefined();
    expect(dayEquivalent({ type: 'package', amount: 9000 })).toBeUndefined();
  });
});

describe('listPriceOf', () => {
  it('is the rate itself when the rate in force is a list price', () => {
    expect(listPriceOf({ rates: [rate('day', 2500, 'list')] }, 'day')).toBe(2500);
  });

  it('is the latest list price in the history when the rate in force was negotiated', () => {
    const negotiated = rate('day', 2200, 'negotiated', [
      record(2450, 'negotiated'),
      record(2400, 'list'),
      record(2300, 'list'),
    ]);
    expect(listPriceOf({ rates: [negotiated] }, 'day')).toBe(2400);
  });

  it('is unknown without an offer, without a rate of the type, or without any list price', () => {
    expect(listPriceOf(undefined, 'day')).toBeUndefined();
    expect(listPriceOf({ rates: [rate('month', 60000, 'list')] }, 'day')).toBeUndefined();
    expect(
      listPriceOf({ rates: [rate('day', 2200, 'negotiated', [record(2300, 'negotiated')])] }, 'day'),
    ).toBeUndefined();
  });
});
