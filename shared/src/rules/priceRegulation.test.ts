// Tests for the price-regulation check: regulation years, compounding, caps and missing KL rates.
import { PriceRegulation } from '../domain/contract';
import { ValidationError } from '../errors';
import {
  checkPriceRegulation,
  type PriceRegulationInput,
  regulationFactor,
  regulationYearsBetween,
  regulationYearsForChange,
} from './priceRegulation';

const klRates = [
  { year: 2025, percent: 2.4, source: 'KL' },
  { year: 2026, percent: 2.6, source: 'KL' },
  { year: 2027, percent: 3, source: 'KL' },
];

function check(overrides: Partial<PriceRegulationInput>) {
  return checkPriceRegulation({
    previousRate: 1000,
    proposedRate: 1026,
    periodFrom: '2025-01-01',
    periodTo: '2026-01-01',
    klRates,
    ...overrides,
  });
}

describe('regulationYearsForChange', () => {
  it('takes each year after the first up to the last', () => {
    expect(regulationYearsForChange('2025-01-01', '2026-01-01')).toEqual([2026]);
    expect(regulationYearsForChange('2024-07-01', '2027-01-01')).toEqual([2025, 2026, 2027]);
  });

  it('uses the year once when both dates are in it', () => {
    expect(regulationYearsForChange('2026-01-01', '2026-12-31')).toEqual([2026]);
  });

  it('refuses a period that ends before it begins', () => {
    expect(() => regulationYearsForChange('2026-01-01', '2025-12-31')).toThrow(ValidationError);
  });
});

describe('regulationYearsBetween', () => {
  it('counts the regulation dates after the start and up to the end', () => {
    expect(regulationYearsBetween('2025-06-01', '2026-03-01', 1)).toEqual([2026]);
    expect(regulationYearsBetween('2025-12-31', '2026-01-01', 1)).toEqual([2026]);
    expect(regulationYearsBetween('2025-01-01', '2026-12-31', 7)).toEqual([2025, 2026]);
  });

  it('treats a rate valid from the regulation day as already regulated', () => {
    expect(regulationYearsBetween('2026-01-01', '2026-03-01', 1)).toEqual([]);
    expect(regulationYearsBetween('2026-01-01', '2026-01-01', 1)).toEqual([]);
  });
});

describe('regulationFactor', () => {
  it('compounds KL rates and names missing years', () => {
    expect(regulationFactor([2026, 2027], klRates, { basis: 'kl', month: 1 }).factor).toBeCloseTo(1.026 * 1.03, 10);
    expect(regulationFactor([2027, 2028, 2029], klRates, { basis: 'kl', month: 1 }).missingYears).toEqual([2028, 2029]);
    expect(regulationFactor([], klRates, { basis: 'kl', month: 1 })).toEqual({ factor: 1, missingYears: [] });
  });

  it('uses the fixed cap per year, or nothing for fixed prices, without KL rates', () => {
    expect(regulationFactor([2030, 2031], [], { basis: 'fixed', maxPercent: 2, month: 1 }).factor).toBeCloseTo(
      1.0404,
      10,
    );
    expect(regulationFactor([2030], [], { basis: 'none', month: 1 })).toEqual({ factor: 1, missingYears: [] });
  });
});

describe('checkPriceRegulation', () => {
  it('accepts an increase at KL level', () => {
    const result = check({});
    expect(result).toMatchObject({
      verdict: 'within',
      years: [2026],
      allowedPercent: 2.6,
      actualPercent: 2.6,
      allowedRate: 1026,
      excessKr: 0,
      excessPercent: 0,
    });
    expect(result.explanation).toBe(
      `PL-satsen fra økonomiaftalen for 2026 giver højst 2,6 %, dvs. en takst på højst 1.026,00 kr. ` +
        'Den foreslåede takst på 1.026,00 kr. er en ændring på 2,6 % og ligger inden for det tilladte.',
    );
  });

  it('allows 0.5 kr. for rounding', () => {
    expect(check({ proposedRate: 1026.5 }).verdict).toBe('within');
    expect(check({ proposedRate: 1026.51 })).toMatchObject({ verdict: 'above', excessKr: 0.51 });
  });

  it('flags an increase above KL level with the excess in kroner and percentage points', () => {
    const result = check({ previousRate: 2000, proposedRate: 2100 });
    expect(result).toMatchObject({
      verdict: 'above',
      allowedRate: 2052,
      actualPercent: 5,
      excessKr: 48,
      excessPercent: 2.4,
    });
    expect(result.explanation).toContain('ligger 48,00 kr. (2,4 procentpoint) over det tilladte');
  });

  it('compounds the rates of every year the period spans', () => {
    const result = check({ periodFrom: '2025-03-01', periodTo: '2027-01-01', proposedRate: 1056.78 });
    expect(result).toMatchObject({
      verdict: 'within',
      years: [2026, 2027],
      allowedRate: 1056.78,
      allowedPercent: 5.68,
    });
    expect(result.explanation).toContain('for 2026 og 2027');
  });

  it('uses the year once when the period lies within one year', () => {
    const result = check({ periodFrom: '2026-01-01', periodTo: '2026-07-01', proposedRate: 1030 });
    expect(result).toMatchObject({ verdict: 'above', years: [2026], allowedRate: 1026 });
  });

  it('answers noRate naming the missing year', () => {
    const result = check({ periodFrom: '2027-01-01', periodTo: '2028-01-01' });
    expect(result).toMatchObject({ verdict: 'noRate', missingYears: [2028], years: [2028], actualPercent: 2.6 });
    expect(result.explanation).toBe(
      `PL-satsen fra økonomiaftalen for 2028 mangler. En administrator indtaster den under Indstillinger; derefter kan stigningen kontrolleres.`,
    );
    expect(check({ periodFrom: '2027-06-01', periodTo: '2029-01-01' }).explanation).toContain('2028 og 2029');
  });

  it('answers noRate when no KL rates are registered at all', () => {
    expect(check({ klRates: [] }).verdict).toBe('noRate');
  });

  it('applies a fixed cap per year', () => {
    const basis = { basis: 'fixed' as const, maxPercent: 2, month: 1 };
    const result = check({
      basis,
      periodFrom: '2025-01-01',
      periodTo: '2027-01-01',
      proposedRate: 1040.4,
      klRates: [],
    });
    expect(result).toMatchObject({ verdict: 'within', allowedRate: 1040.4, allowedPercent: 4.04 });
    expect(result.explanation).toContain(`Kontraktens loft for 2026 og 2027`);
  });

  it('can rely on a fixed basis stating its cap', () => {
    expect(PriceRegulation.safeParse({ basis: 'fixed', month: 1 }).success).toBe(false);
    expect(PriceRegulation.safeParse({ basis: 'fixed', maxPercent: 2, month: 1 }).success).toBe(true);
  });

  it('allows no increase for fixed prices', () => {
    const basis = { basis: 'none' as const, month: 1 };
    expect(check({ basis, proposedRate: 1000 })).toMatchObject({ verdict: 'within', allowedPercent: 0 });
    const above = check({ basis, proposedRate: 1001 });
    expect(above).toMatchObject({ verdict: 'above', allowedRate: 1000, excessKr: 1 });
    expect(above.explanation).toContain('faste priser uden regulering');
  });

  it('accepts a decrease', () => {
    expect(check({ proposedRate: 950 })).toMatchObject({ verdict: 'within', actualPercent: -5 });
  });

  it('refuses a previous rate of 0 and a reversed period', () => {
    expect(() => check({ previousRate: 0 })).toThrow(ValidationError);
    expect(() => check({ periodFrom: '2026-01-01', periodTo: '2025-01-01' })).toThrow(ValidationError);
  });
});
