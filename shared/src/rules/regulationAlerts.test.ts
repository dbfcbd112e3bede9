// Tests for regulation alerts: a provider's newer rate above the contract's allowed regulation, with the excess.
import type { Contract } from '../domain/contract';
import type { Offer } from '../domain/provider';
import { regulationAlerts } from './regulationAlerts';
import { TEST_USER, testContract } from './testFixtures';

const AT = '2025-01-01T09:00:00Z';
const KL = [{ year: 2026, percent: 3, source: '' }];

const contract: Contract = {
  ...testContract({
    status: 'active',
    startDate: '2025-01-01',
    rates: [{ type: 'day', label: 'Døgntakst', amount: 2000, validFrom: '2025-01-01' }],
  }),
  id: 'k-1',
  createdAt: AT,
  createdBy: TEST_USER,
  updatedAt: AT,
  updatedBy: TEST_USER,
  annualCost: 730_000,
  parties: { caseReference: 'SAG-1', caseWorker: TEST_USER, providerName: 'Bostedet Lærkereden' },
};

function offer(amount: number, validFrom = '2026-01-01', label = 'Døgntakst'): Offer {
  const rate = {
    id: 'r-day',
    type: 'day' as const,
    label,
    amount,
    negotiatedAt: '2025-12-01',
    source: 'list' as const,
    validFrom,
    history: [],
  };
  return {
    id: 'offer-1',
    name: 'Botilbud',
    paragraph: 'SEL §107',
    targetGroups: [],
    rates: [rate],
  } as unknown as Offer;
}

describe('regulationAlerts', () => {
  it("flags a provider rate raised above KL's rate with the excess in kr. and percentage points", () => {
    const [alert, ...rest] = regulationAlerts(contract, offer(2130), KL, '2026-03-15');
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      contractId: 'k-1',
      providerName: 'Bostedet Lærkereden',
      contractRate: 2000,
      providerRate: 2130,
      allowedRate: 2060,
      allowedPercent: 3,
      actualPercent: 6.5,
      excessKr: 70,
      excessPercent: 3.5,
      validFrom: '2026-01-01',
    });
    expect(alert!.explanation).toContain('70,00 kr.');
  });

  it('says nothing within the allowed rate, of an older or other rate, of a missing KL rate or an inactive contract', () => {
    expect(regulationAlerts(contract, offer(2060), KL, '2026-03-15')).toEqual([]);
    expect(regulationAlerts(contract, offer(2500, '2025-01-01'), KL, '2026-03-15')).toEqual([]);
    expect(regulationAlerts(contract, offer(2500, '2026-01-01', 'Aflastning'), KL, '2026-03-15')).toEqual([]);
    expect(regulationAlerts(contract, offer(2500), [], '2026-03-15')).toEqual([]);
    expect(regulationAlerts({ ...contract, status: 'ended' }, offer(2500), KL, '2026-03-15')).toEqual([]);
  });

  it('uses the contract terms: a fixed cap', () => {
    const capped = { ...contract, priceRegulation: { basis: 'fixed' as const, maxPercent: 2, month: 1 } };
    expect(regulationAlerts(capped, offer(2060), KL, '2026-03-15')[0]).toMatchObject({
      allowedRate: 2040,
      excessKr: 20,
    });
  });

  it('never flags a contract inside a framework agreement: its styringsaftale sets the rate, not the PL rate', () => {
    const inside = { ...contract, priceRegulation: { basis: 'framework' as const, month: 1 } };
    expect(regulationAlerts(inside, offer(2500), KL, '2026-03-15')).toEqual([]);
  });
});
