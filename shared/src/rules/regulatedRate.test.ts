// Tests for recording an agreed regulated rate from the regulation date.
import type { ContractRate } from '../domain/contract';
import { ValidationError } from '../errors';
import { withRegulatedRate } from './regulatedRate';
import { regulationAlerts } from './regulationAlerts';

const day: ContractRate = { type: 'day', label: 'Døgntakst', amount: 2000, validFrom: '2026-01-01' };
const month: ContractRate = { type: 'month', label: 'Tillæg', amount: 500, validFrom: '2026-01-01' };

describe('withRegulatedRate', () => {
  it('ends the rate in force the day before the regulation date and adds the agreed one from it', () => {
    const regulated = { type: 'day' as const, label: 'Døgntakst', amount: 2052, validFrom: '2027-01-01' };
    expect(withRegulatedRate([day, month], regulated)).toEqual([
      { ...day, validTo: '2027-01-01' },
      month,
      { type: 'day', label: 'Døgntakst', amount: 2052, validFrom: '2027-01-01' },
    ]);
  });

  it('refuses a regulation already recorded, and a date no such rate is in force on', () => {
    const regulated = { type: 'day' as const, label: 'Døgntakst', amount: 2052, validFrom: '2026-01-01' };
    expect(() => withRegulatedRate([day], regulated)).toThrow(ValidationError);
    expect(() => withRegulatedRate([day], { ...regulated, label: 'Andet', validFrom: '2027-01-01' })).toThrow(
      'ingen takst af denne art',
    );
  });

  it('clears the regulation flag: the provider’s newer rate no longer stands against the contract', () => {
    const contract = {
      id: 'k1',
      title: 'Botilbud',
      status: 'active' as const,
      rates: [day],
      priceRegulation: { basis: 'kl' as const, month: 1 },
    };
    const offer = {
      rates: [
        {
          ...day,
          id: 'r',
          amount: 2200,
          validFrom: '2027-01-01',
          negotiatedAt: '2026-11-01',
          source: 'list' as const,
          history: [],
        },
      ],
    };
    const klRates = [{ year: 2027, percent: 2.6, source: 'KL' }];
    expect(regulationAlerts(contract, offer, klRates, '2026-12-07')).toHaveLength(1);
    const rates = withRegulatedRate(contract.rates, {
      type: 'day',
      label: 'Døgntakst',
      amount: 2052,
      validFrom: '2027-01-01',
    });
    expect(regulationAlerts({ ...contract, rates }, offer, klRates, '2026-12-07')).toEqual([]);
    expect(regulationAlerts({ ...contract, rates }, offer, klRates, '2027-02-01')).toEqual([]);
  });
});
