// Tests for the regulation bases the law needs beside the PL rate: a framework agreement's styringsaftale, and a
// regulation month other than January.
import { checkPriceRegulation, regulationFactor, regulationYearsOfChange } from './priceRegulation';

const PL = [
  { year: 2025, percent: 2, source: 'Økonomiaftalen for 2025' },
  { year: 2026, percent: 3, source: 'Økonomiaftalen for 2026' },
];

describe('a contract inside a framework agreement', () => {
  it('is not checked against the PL rate, and says the styringsaftale rules', () => {
    const check = checkPriceRegulation({
      previousRate: 2000,
      proposedRate: 2300,
      periodFrom: '2025-01-01',
      periodTo: '2026-01-01',
      klRates: [],
      basis: { basis: 'framework', month: 1 },
    });
    expect(check.verdict).toBe('framework');
    expect(check.actualPercent).toBe(15);
    expect(check.explanation).toContain('styringsaftalen');
    expect(check.explanation).not.toContain('mangler');
  });

  it('bills the rate recorded on the contract, without a PL uplift', () => {
    expect(regulationFactor([2026], PL, { basis: 'framework', month: 1 })).toEqual({ factor: 1, missingYears: [] });
  });
});

describe('a regulation month other than January', () => {
  it('counts only the regulations that took effect between the two rates', () => {
    expect(regulationYearsOfChange('2025-07-01', '2026-07-01', 7)).toEqual([2026]);
    expect(regulationYearsOfChange('2025-08-01', '2026-03-01', 7)).toEqual([]);
    expect(regulationYearsOfChange('2025-03-01', '2025-09-01', 7)).toEqual([2025]);
    expect(regulationYearsOfChange('2025-03-01', '2025-09-01', 1)).toEqual([2025]);
  });

  it('allows no increase before the month, and says when the contract regulates', () => {
    const check = checkPriceRegulation({
      previousRate: 2000,
      proposedRate: 2060,
      periodFrom: '2025-08-01',
      periodTo: '2026-03-01',
      klRates: PL,
      basis: { basis: 'kl', month: 7 },
    });
    expect(check).toMatchObject({ verdict: 'above', allowedRate: 2000, excessKr: 60 });
    expect(check.explanation).toContain('Kontrakten regulerer 1. juli, og ingen regulering falder i perioden');
  });

  it('allows the PL rate once the month has passed', () => {
    const check = checkPriceRegulation({
      previousRate: 2000,
      proposedRate: 2060,
      periodFrom: '2025-08-01',
      periodTo: '2026-07-01',
      klRates: PL,
      basis: { basis: 'kl', month: 7 },
    });
    expect(check).toMatchObject({ verdict: 'within', allowedRate: 2060 });
    expect(check.explanation).toContain('PL-satsen fra økonomiaftalen for 2026');
  });
});
