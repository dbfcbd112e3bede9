// Tests for the yearly saving of a negotiated rate.
import { annualSaving } from './savings';

describe('annualSaving', () => {
  it('gives the saving per year for a day rate', () => {
    expect(annualSaving({ before: 2500, after: 2000, rateType: 'day' })).toBe(182500);
  });

  it('uses the same yearly units as the annual cost', () => {
    expect(annualSaving({ before: 60000, after: 55000, rateType: 'month' })).toBe(60000);
    expect(annualSaving({ before: 700, after: 650, rateType: 'hour', hoursPerWeek: 10 })).toBe(26000);
    expect(annualSaving({ before: 700, after: 650, rateType: 'hour' })).toBe(0);
  });

  it('rounds to øre', () => {
    expect(annualSaving({ before: 2345.67, after: 2222.22, rateType: 'day' })).toBe(45059.25);
  });

  it('shows an increase as a negative saving', () => {
    expect(annualSaving({ before: 1000, after: 1100, rateType: 'package' })).toBe(-1200);
  });
});
