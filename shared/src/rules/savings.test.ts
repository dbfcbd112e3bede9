// Tests for negotiated savings and their sum.
import { annualSaving, negotiatedSaving, sumSavings } from './savings';

describe('negotiatedSaving', () => {
  it('gives the saving per unit, in percent and per year for a day rate', () => {
    expect(negotiatedSaving({ before: 2500, after: 2000, rateType: 'day' })).toEqual({
      perUnit: 500,
      percent: 20,
      annual: 182500,
    });
  });

  it('uses the same yearly units as the annual cost', () => {
    expect(negotiatedSaving({ before: 60000, after: 55000, rateType: 'month' }).annual).toBe(60000);
    expect(negotiatedSaving({ before: 700, after: 650, rateType: 'hour', hoursPerWeek: 10 }).annual).toBe(26000);
    expect(negotiatedSaving({ before: 700, after: 650, rateType: 'hour' }).annual).toBe(0);
  });

  it('rounds to øre and to two decimals of a percent', () => {
    expect(negotiatedSaving({ before: 2345.67, after: 2222.22, rateType: 'day' })).toEqual({
      perUnit: 123.45,
      percent: 5.26,
      annual: 45059.25,
    });
  });

  it('shows an increase as a negative saving', () => {
    expect(negotiatedSaving({ before: 1000, after: 1100, rateType: 'package' })).toEqual({
      perUnit: -100,
      percent: -10,
      annual: -1200,
    });
  });

  it('gives 0 % when there was no price before', () => {
    expect(negotiatedSaving({ before: 0, after: 0, rateType: 'day' }).percent).toBe(0);
  });

  it('gives the yearly saving alone as annualSaving', () => {
    const inputs = [
      { before: 2345.67, after: 2222.22, rateType: 'day' as const },
      { before: 1000, after: 1100, rateType: 'package' as const },
      { before: 700, after: 650, rateType: 'hour' as const, hoursPerWeek: 10 },
    ];
    for (const input of inputs) expect(annualSaving(input)).toBe(negotiatedSaving(input).annual);
  });
});

describe('sumSavings', () => {
  it('sums annual savings to øre', () => {
    expect(sumSavings([{ annual: 0.1 }, { annual: 0.2 }, { annual: 182500 }])).toBe(182500.3);
    expect(sumSavings([])).toBe(0);
  });
});
