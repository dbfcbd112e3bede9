// Tests for annualCost: units per year by rate type, rates in force on a day, the special rate.
import type { ContractRate, SpecialRate } from '../domain/contract';
import { annualCost, annualFactor, costDate } from './annualCost';

const rate = (overrides: Partial<ContractRate>): ContractRate => ({
  type: 'day',
  label: 'Døgntakst',
  amount: 2000,
  validFrom: '2026-01-01',
  ...overrides,
});

const special: SpecialRate = {
  type: 'day',
  amount: 300,
  reason: 'Ekstra nattevagt',
  startDate: '2026-03-01',
  endDate: '2026-06-30',
  monthlyReview: false,
};

describe('annualFactor', () => {
  it('gives units per year for each rate type', () => {
    expect(annualFactor('day')).toBe(365);
    expect(annualFactor('month')).toBe(12);
    expect(annualFactor('package')).toBe(12);
    expect(annualFactor('hour', 10)).toBe(520);
    expect(annualFactor('hour')).toBe(0);
  });
});

describe('annualCost', () => {
  it('adds up rates of every type', () => {
    const rates = [rate({}), rate({ type: 'month', amount: 5000.5 }), rate({ type: 'package', amount: 1000 })];
    expect(annualCost(rates, undefined, '2026-06-01')).toBe(730000 + 60006 + 12000);
  });

  it('counts hourly rates by hours per week', () => {
    const rates = [rate({ type: 'hour', amount: 650 })];
    expect(annualCost(rates, undefined, '2026-06-01', 8)).toBe(650 * 8 * 52);
    expect(annualCost(rates, undefined, '2026-06-01')).toBe(0);
  });

  it('counts only the rates in force on asOf, validTo exclusive', () => {
    const rates = [
      rate({ amount: 1900, validFrom: '2025-01-01', validTo: '2026-01-01' }),
      rate({ amount: 2000, validFrom: '2026-01-01' }),
    ];
    expect(annualCost(rates, undefined, '2025-12-31')).toBe(1900 * 365);
    expect(annualCost(rates, undefined, '2026-01-01')).toBe(2000 * 365);
    expect(annualCost(rates, undefined, '2024-12-31')).toBe(0);
  });

  it('adds the special rate while it runs, end date inclusive', () => {
    const rates = [rate({})];
    expect(annualCost(rates, special, '2026-02-28')).toBe(730000);
    expect(annualCost(rates, special, '2026-03-01')).toBe(730000 + 109500);
    expect(annualCost(rates, special, '2026-06-30')).toBe(730000 + 109500);
    expect(annualCost(rates, special, '2026-07-01')).toBe(730000);
    const openEnded = { ...special, endDate: undefined, monthlyReview: true };
    expect(annualCost(rates, openEnded, '2030-01-01')).toBe(730000 + 109500);
  });

  it('counts everything given when asOf is left out', () => {
    const rates = [rate({ validTo: '2026-02-01' }), rate({ type: 'month', amount: 100 })];
    expect(annualCost(rates, special)).toBe(730000 + 1200 + 109500);
  });

  it('is 0 for no rates and rounds to øre', () => {
    expect(annualCost([])).toBe(0);
    expect(annualCost([rate({ amount: 0.01 })], undefined, '2026-01-01')).toBe(3.65);
    expect(annualCost([rate({ type: 'hour', amount: 333.33 })], undefined, '2026-01-01', 7.5)).toBe(129998.7);
  });
});

describe('costDate', () => {
  const period = { startDate: '2026-03-01', endDate: '2027-02-28' };

  it('is today while the contract runs, its end and start days included', () => {
    expect(costDate(period, '2026-09-15')).toBe('2026-09-15');
    expect(costDate(period, '2026-03-01')).toBe('2026-03-01');
    expect(costDate(period, '2027-02-28')).toBe('2027-02-28');
  });

  it('is the start date before the contract starts and the end date after it ended', () => {
    expect(costDate(period, '2026-01-10')).toBe('2026-03-01');
    expect(costDate(period, '2027-06-01')).toBe('2027-02-28');
  });

  it('is today long after the start when the contract has no end date', () => {
    expect(costDate({ startDate: '2026-03-01' }, '2031-01-01')).toBe('2031-01-01');
  });
});
