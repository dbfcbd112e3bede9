// Tests for the cost of the coming 12 months: rates to come, a special rate to its end, the contract's end, regulation.
import { coming12Months, coming12MonthsCost, coming12MonthsLabel } from './coming12Months';
import { testContract } from './testFixtures';

const special = (amount: number, startDate: string, endDate: string) => ({
  type: 'day' as const,
  amount,
  reason: 'Ekstra nattevagt',
  startDate,
  endDate,
  monthlyReview: false,
});

describe('coming12Months', () => {
  it('runs from the day to the day before the same date a year later, and says so', () => {
    expect(coming12Months('2026-12-07')).toEqual({ from: '2026-12-07', to: '2027-12-06' });
    expect(coming12MonthsLabel('2026-12-07')).toBe('12 mdr. fra 07.12.2026');
  });
});

describe('coming12MonthsCost', () => {
  const fixed = { basis: 'none' as const, month: 1 };

  it('costs a day rate for each of the 365 days', () => {
    const contract = testContract({ startDate: '2025-01-01', priceRegulation: fixed });
    expect(coming12MonthsCost(contract, '2026-03-01')).toBe(2000 * 365);
  });

  it('adds a special rate of 1.000 kr. a day ending in 60 days as 60.000 kr., not 365.000 kr.', () => {
    const base = testContract({ startDate: '2025-01-01', priceRegulation: fixed });
    const withSpecial = { ...base, specialRate: special(1000, '2026-01-01', '2026-04-30') };
    // 01.03 to 30.04: 31 + 30 = 61 days, the 60 days after today and today itself.
    expect(coming12MonthsCost(withSpecial, '2026-03-01') - coming12MonthsCost(base, '2026-03-01')).toBe(61_000);
  });

  it('counts a special rate ending 15.03 only to that day', () => {
    const contract = testContract({
      startDate: '2025-01-01',
      priceRegulation: fixed,
      specialRate: special(1500, '2025-10-01', '2026-03-15'),
    });
    expect(coming12MonthsCost(contract, '2026-01-01')).toBe(2000 * 365 + 1500 * 74);
  });

  it('stops at the contract end and takes a rate known to come from its first day', () => {
    const contract = testContract({
      startDate: '2025-01-01',
      endDate: '2026-06-30',
      priceRegulation: fixed,
      rates: [
        { type: 'day', label: 'Døgntakst', amount: 2000, validFrom: '2025-01-01', validTo: '2026-04-01' },
        { type: 'day', label: 'Døgntakst', amount: 2100, validFrom: '2026-04-01' },
      ],
    });
    // January–March at 2.000 kr. (90 days), April–June at 2.100 kr. (91 days), nothing after 30.06.
    expect(coming12MonthsCost(contract, '2026-01-01')).toBe(2000 * 90 + 2100 * 91);
  });

  it('regulates an open-ended rate from the regulation date by KL’s rate when it is entered, else not', () => {
    const contract = testContract({ startDate: '2025-01-01', priceRegulation: { basis: 'kl', month: 1 } });
    // From 01.07.2026: 184 days of 2026 at 2.000 kr., then 181 days of 2027 at 2.000 kr. + 3 %.
    expect(coming12MonthsCost(contract, '2026-07-01', [{ year: 2027, percent: 3, source: 'KL' }])).toBe(
      2000 * 184 + 2060 * 181,
    );
    expect(coming12MonthsCost(contract, '2026-07-01', [])).toBe(2000 * 365);
  });

  it('regulates by the contract’s cap, and not a rate that ends', () => {
    const capped = testContract({
      startDate: '2025-01-01',
      priceRegulation: { basis: 'fixed', maxPercent: 2, month: 7 },
    });
    expect(coming12MonthsCost(capped, '2026-01-01')).toBe(2000 * 181 + 2040 * 184);
    const ending = { ...capped, rates: [{ ...capped.rates[0]!, validTo: '2027-01-01' }] };
    expect(coming12MonthsCost(ending, '2026-01-01')).toBe(2000 * 365);
  });

  it('counts hourly rates by the contract’s weekly hours, and none without them', () => {
    const rates = [{ type: 'hour' as const, label: 'Timepris', amount: 620.4, validFrom: '2025-01-01' }];
    const contract = testContract({ startDate: '2025-01-01', priceRegulation: fixed, rates });
    expect(coming12MonthsCost({ ...contract, weeklyHours: 6 }, '2026-01-01')).toBeCloseTo(620.4 * 6 * 52, 2);
    expect(coming12MonthsCost(contract, '2026-01-01')).toBe(0);
  });

  it('costs nothing for a contract that has ended or starts after the 12 months', () => {
    const ended = testContract({ startDate: '2024-01-01', endDate: '2025-12-31', priceRegulation: fixed });
    expect(coming12MonthsCost(ended, '2026-01-01')).toBe(0);
    const later = testContract({ startDate: '2027-06-01', priceRegulation: fixed });
    expect(coming12MonthsCost(later, '2026-01-01')).toBe(0);
  });
});
