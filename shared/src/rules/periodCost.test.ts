// Tests for the cost of a contract's rates within a period, by calendar month.
import { addByMonth, contractCharges, monthsOf, periodOf } from './periodCost';
import { testContract } from './testFixtures';

function byMonth(contract: Parameters<typeof contractCharges>[0], from: string, to: string): Record<string, number> {
  const into = new Map<string, number>();
  addByMonth(contractCharges(contract), { from, to }, into);
  return Object.fromEntries([...into].map(([k, v]) => [k, Math.round(v * 100) / 100]));
}

describe('addByMonth', () => {
  it('charges a day rate for each day of each month within the period', () => {
    const contract = testContract({ startDate: '2026-01-15' });
    // 2.000 kr. a day: 17 days of January, all 28 of February, 10 of March.
    expect(byMonth(contract, '2026-01-01', '2026-03-10')).toEqual({
      '2026-01': 34000,
      '2026-02': 56000,
      '2026-03': 20000,
    });
  });

  it('spreads a month rate over the days of the year, and stops at the contract end and a rate change', () => {
    const contract = testContract({
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      rates: [
        { type: 'month', label: 'Månedstakst', amount: 36500, validFrom: '2026-01-01', validTo: '2026-04-01' },
        { type: 'month', label: 'Månedstakst', amount: 73000, validFrom: '2026-04-01' },
      ],
    });
    // 36.500 × 12 / 365 = 1.200 kr. a day until 31 March, then 2.400 kr. a day until 30 June.
    const months = byMonth(contract, '2026-03-01', '2026-12-31');
    expect(months).toEqual({ '2026-03': 37200, '2026-04': 72000, '2026-05': 74400, '2026-06': 72000 });
  });

  it('adds a special rate only on its own days, and nothing for hourly rates or outside the period', () => {
    const contract = testContract({
      rates: [
        { type: 'day', label: 'Døgntakst', amount: 1000, validFrom: '2026-01-01' },
        { type: 'hour', label: 'Timepris', amount: 900, validFrom: '2026-01-01' },
      ],
      specialRate: {
        type: 'day',
        amount: 500,
        reason: 'Ekstra støtte',
        startDate: '2026-02-10',
        endDate: '2026-02-19',
        monthlyReview: false,
      },
    });
    expect(byMonth(contract, '2026-02-01', '2026-02-28')).toEqual({ '2026-02': 28000 + 5000 });
    expect(byMonth(contract, '2025-01-01', '2025-12-31')).toEqual({});
  });

  it('counts a leap day at a 366th of the year', () => {
    const contract = testContract({
      startDate: '2028-02-01',
      rates: [{ type: 'month', label: 'Månedstakst', amount: 30500, validFrom: '2028-02-01' }],
    });
    expect(byMonth(contract, '2028-02-01', '2028-02-29')).toEqual({ '2028-02': 29000 });
  });

  it('runs across year ends, each day at a share of its own year, and adds to what the map holds', () => {
    const contract = testContract({
      startDate: '2027-12-20',
      rates: [{ type: 'month', label: 'Månedstakst', amount: 36600, validFrom: '2027-12-20' }],
    });
    // 36.600 × 12 a year: 1.203,29 kr. a day in 2027 (365 days), 1.200 kr. in 2028 (366 days).
    const into = new Map([['2027-12', 1]]);
    addByMonth(contractCharges(contract), { from: '2027-12-25', to: '2028-02-03' }, into);
    expect([...into.keys()]).toEqual(['2027-12', '2028-01', '2028-02']);
    expect(into.get('2027-12')).toBeCloseTo(1 + (7 * 439200) / 365, 6);
    expect(into.get('2028-01')).toBeCloseTo(31 * 1200, 6);
    expect(into.get('2028-02')).toBeCloseTo(3 * 1200, 6);
  });
});

describe('periodOf and monthsOf', () => {
  it('fills in twelve calendar months up to today, and keeps a period asked for', () => {
    expect(periodOf({}, '2026-03-15')).toEqual({ from: '2025-04-01', to: '2026-03-15' });
    expect(periodOf({ to: '2025-12-31' }, '2026-03-15')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodOf({ from: '2027-01-01' }, '2026-03-15')).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(monthsOf({ from: '2025-11-20', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
