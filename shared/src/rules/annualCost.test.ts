// Tests for units per year by rate type and the day a yearly figure uses.
import { annualFactor, costDate } from './annualCost';

describe('annualFactor', () => {
  it('gives units per year for each rate type', () => {
    expect(annualFactor('day')).toBe(365);
    expect(annualFactor('month')).toBe(12);
    expect(annualFactor('package')).toBe(12);
    expect(annualFactor('hour', 10)).toBe(520);
    expect(annualFactor('hour')).toBe(0);
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
