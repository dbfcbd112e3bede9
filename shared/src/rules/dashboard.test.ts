// Tests for the overview of a period: spend by dimension, savings, the costliest cases and rate development.
import { Contract } from '../domain/contract';
import type { Offer } from '../domain/provider';
import { aggregateDashboard, type DashboardContract, rateSeries } from './dashboard';
import { costliestCases } from './followUpOverview';
import { TEST_USER, testContract } from './testFixtures';

const AT = '2026-01-05T09:00:00+01:00';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const offer = (listDay: number): Pick<Offer, 'name' | 'paragraph' | 'rates'> => ({
  name: 'Lyngly – midlertidigt ophold',
  paragraph: 'SEL §107',
  rates: [
    {
      id: 'dogn',
      type: 'day',
      label: 'Døgntakst',
      amount: listDay,
      negotiatedAt: '2025-12-01',
      source: 'list',
      validFrom: '2026-01-01',
      history: [{ amount: listDay - 100, negotiatedAt: '2024-12-01', source: 'list', validFrom: '2025-01-01' }],
    },
  ],
});

function item(id: string, dayRate: number, overrides: Partial<DashboardContract> = {}, contract: object = {}) {
  return {
    contract: Contract.parse({
      ...testContract({
        status: 'active',
        rates: [{ type: 'day', label: 'Døgntakst', amount: dayRate, validFrom: '2026-01-01' }],
        ...contract,
      }),
      id,
      caseId: `case-${id}`,
      createdAt: AT,
      createdBy: TEST_USER,
      updatedAt: AT,
      updatedBy: TEST_USER,
      annualCost: dayRate * 365,
    }),
    providerName: 'Bostedet Lyngly',
    ownership: 'private' as const,
    own: false,
    offer: offer(dayRate + 200),
    caseRecord: {
      reference: `SAG-${id}`,
      title: 'Midlertidigt botilbud',
      phase: 'followUp' as const,
      targetGroup: 'Voksne',
    },
    ...overrides,
  };
}

describe('aggregateDashboard', () => {
  const items = [
    item('1', 2000),
    item('2', 1000, { providerName: 'Kommunens bosted', ownership: 'public', own: true }, { providerId: 'prov-2' }),
    item('3', 1500, { offer: undefined, caseRecord: undefined }, { startDate: '2026-07-01' }),
    item('4', 9000, {}, { status: 'draft' }),
    item('5', 9000, {}, { startDate: '2027-01-01' }),
  ];
  const dashboard = aggregateDashboard(items, YEAR);

  it('costs the running contracts within the period by every dimension, drafts and later contracts left out', () => {
    const whole = 2000 * 365 + 1000 * 365 + 1500 * 184;
    expect(dashboard.total).toBe(whole);
    expect(dashboard.spend.provider).toEqual([
      { key: 'prov-1', label: 'Bostedet Lyngly', amount: 2000 * 365 + 1500 * 184, contracts: 2 },
      { key: 'prov-2', label: 'Kommunens bosted', amount: 1000 * 365, contracts: 1 },
    ]);
    expect(dashboard.spend.origin.map((r) => [r.label, r.amount])).toEqual([
      ['Eksterne tilbud', 2000 * 365 + 1500 * 184],
      ['Egne tilbud', 1000 * 365],
    ]);
    expect(dashboard.spend.paragraph.map((r) => r.label)).toEqual(['SEL §107', 'Uden paragraf']);
    expect(dashboard.spend.targetGroup.map((r) => r.label)).toEqual(['Voksne', 'Ukendt målgruppe']);
    expect(dashboard.spend.ownership.map((r) => r.label)).toEqual(['Privat', 'Offentlig']);
    expect(dashboard.spend.month.map((r) => r.key)).toHaveLength(12);
    expect(dashboard.spend.month[0]).toEqual({ key: '2026-01', label: 'januar 2026', amount: 3000 * 31, contracts: 2 });
    expect(dashboard.spend.month[6]).toMatchObject({ label: 'juli 2026', amount: 4500 * 31, contracts: 3 });
  });

  it("saves the list price's difference per case, per year and within the period", () => {
    expect(dashboard.savings.byCase).toEqual([
      { caseId: 'case-1', reference: 'SAG-1', title: 'Midlertidigt botilbud', annual: 200 * 365, inPeriod: 200 * 365 },
      { caseId: 'case-2', reference: 'SAG-2', title: 'Midlertidigt botilbud', annual: 200 * 365, inPeriod: 200 * 365 },
    ]);
    expect(dashboard.savings.annual).toBe(400 * 365);
    expect(dashboard.savings.byYear).toEqual([{ key: '2026', label: '2026', amount: 400 * 365, contracts: 2 }]);
  });

  it('ranks the active cases by their stored cost of the coming 12 months, as many as asked, as follow-up does', () => {
    // Not the cost in the period: case 5 starts after it, and case 3 runs half of it, yet both cost a full 12 months.
    expect(dashboard.expensive.map((c) => [c.reference, c.amount])).toEqual([
      ['SAG-5', 9000 * 365],
      ['SAG-1', 730000],
      ['case-3', 1500 * 365],
      ['SAG-2', 365000],
    ]);
    const top2 = aggregateDashboard(items, YEAR, undefined, 2).expensive;
    const followUp = costliestCases(
      items.map((i) => i.contract),
      2,
    );
    expect(top2.map((c) => [c.caseId, c.amount])).toEqual(
      followUp.map(([caseId, contracts]) => [caseId, contracts.reduce((sum, c) => sum + c.annualCost, 0)]),
    );
    expect(dashboard.rates.map((r) => r.key)).toEqual(['prov-1~offer-1', 'prov-2~offer-1']);
    expect(dashboard.rates[0]?.points.map((p) => [p.date, p.amount])).toEqual([
      ['2026-01-01', 2200],
      ['2026-12-31', 2200],
    ]);
  });
});

describe('rateSeries', () => {
  it('runs from the rate in force on the first day through each change to the rate in force on the last day', () => {
    const rates = offer(2200);
    expect(rateSeries(rates, 'day', { from: '2025-06-01', to: '2026-06-30' })).toEqual([
      { date: '2025-06-01', amount: 2100, source: 'list' },
      { date: '2026-01-01', amount: 2200, source: 'list' },
      { date: '2026-06-30', amount: 2200, source: 'list' },
    ]);
    expect(rateSeries(rates, 'day', { from: '2024-01-01', to: '2025-06-30' })).toEqual([
      { date: '2025-01-01', amount: 2100, source: 'list' },
      { date: '2025-06-30', amount: 2100, source: 'list' },
    ]);
    expect(rateSeries(rates, 'day', { from: '2023-01-01', to: '2023-12-31' })).toEqual([]);
    expect(rateSeries(rates, 'month', YEAR)).toEqual([]);
  });
});
