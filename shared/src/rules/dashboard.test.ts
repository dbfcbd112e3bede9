// Tests for the overview of a period from the spend kept per month: spend by group with the rest, savings, the
// costliest cases and rate development.
import { Contract } from '../domain/contract';
import type { Offer } from '../domain/provider';
import { deriveCaseFigures } from './contractFigures';
import { costliestOf, dashboardOf, overviewPeriod, type OverviewSources, rateSeries } from './dashboard';
import { type SpendDoc, spendDocsOf, type SpendRanked, type SpendSummary } from './spendAggregate';
import { contractSpend, type SpendInput } from './spendMonths';
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

function item(id: string, dayRate: number, overrides: Partial<SpendInput> = {}, contract: object = {}) {
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
    ownership: 'private' as const,
    own: false,
    offer: offer(dayRate + 200),
    targetGroup: 'Voksne',
    ...overrides,
  };
}

const WINDOW = { first: 2017, last: 2027 };

/** The overview from the documents of these contracts, every key of a ranked group counted as leading. */
function overview(items: SpendInput[], period: { from: string; to: string }, top = 10) {
  const docs = [...spendDocsOf(items.map((i) => contractSpend(i, WINDOW))).values()];
  const ranked = (group: string) => docs.filter((d): d is SpendRanked => d.group === group);
  const sources: OverviewSources = {
    summaries: docs.filter((d: SpendDoc): d is SpendSummary => d.group === 'summary'),
    leading: { provider: ranked('provider'), offer: ranked('offer'), case: ranked('case') },
    providerNames: new Map([
      ['prov-1', 'Bostedet Lyngly'],
      ['prov-2', 'Kommunens bosted'],
    ]),
    offers: new Map(
      // The first contract's offer of each key: the one priced 200 over its rate.
      [
        ...items.map(
          (i) =>
            [
              `${i.contract.providerId}~${i.contract.offerId}`,
              { label: 'Lyngly', offer: i.offer ?? { rates: [] } },
            ] as const,
        ),
      ].reverse(),
    ),
    cases: new Map(
      items.map((i) => [i.contract.caseId, { reference: `SAG-${i.contract.id}`, title: 'Midlertidigt botilbud' }]),
    ),
    top,
  };
  return dashboardOf(period, sources);
}

describe('dashboardOf', () => {
  const items = [
    item('1', 2000),
    item('2', 1000, { ownership: 'public', own: true }, { providerId: 'prov-2' }),
    item('3', 1500, { offer: undefined, targetGroup: undefined }, { startDate: '2026-07-01' }),
    item('4', 9000, {}, { status: 'draft' }),
    item('5', 9000, {}, { startDate: '2027-01-01' }),
  ];
  const dashboard = overview(items, YEAR);

  it('costs the running contracts within the period by every group, drafts and later contracts left out', () => {
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
    expect(dashboard.rest).toEqual({});
  });

  it('lists the leading rows of a group and what the others come to together', () => {
    const few = overview(items, YEAR, 1);
    expect(few.spend.provider).toEqual([dashboard.spend.provider[0]]);
    expect(few.rest.provider).toEqual({ amount: 1000 * 365, contracts: 1 });
    expect(few.rest.paragraph).toEqual({ amount: 1500 * 184, contracts: 1 });
    expect(few.spend.month).toHaveLength(12);
  });

  it('sums the months of the years a period spans', () => {
    const spanning = overview(items, { from: '2026-11-01', to: '2027-02-28' });
    expect(spanning.spend.month.map((r) => r.key)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(spanning.total).toBe(4500 * 61 + 13500 * 59);
    expect(spanning.spend.month[3]).toMatchObject({ amount: 13500 * 28, contracts: 4 });
  });

  it("saves the list price's difference per case, per year and within the period", () => {
    expect(dashboard.savings.byCase).toEqual([
      { caseId: 'case-1', reference: 'SAG-1', title: 'Midlertidigt botilbud', annual: 200 * 365, inPeriod: 200 * 365 },
      { caseId: 'case-2', reference: 'SAG-2', title: 'Midlertidigt botilbud', annual: 200 * 365, inPeriod: 200 * 365 },
    ]);
    expect(dashboard.savings.annual).toBe(400 * 365);
    expect(dashboard.savings.byYear).toEqual([{ key: '2026', label: '2026', amount: 400 * 365, contracts: 2 }]);
  });

  it('draws the rates of the offers that cost the most in the period', () => {
    expect(dashboard.rates.map((r) => r.key)).toEqual(['prov-1~offer-1', 'prov-2~offer-1']);
    expect(dashboard.rates[0]?.points.map((p) => [p.date, p.amount])).toEqual([
      ['2026-01-01', 2200],
      ['2026-12-31', 2200],
    ]);
  });
});

describe('costliestOf', () => {
  it("lists the cases as their stored figures rank them, with the costliest contract's provider", () => {
    const contracts = [item('1', 2000).contract, item('5', 9000, {}, { startDate: '2027-01-01' }).contract].map(
      (c) => ({
        ...(c as Contract),
        parties: { caseReference: `R-${c.id}`, caseWorker: TEST_USER, providerName: 'Lyngly' },
      }),
    );
    const figures = ['case-5', 'case-1'].map((caseId) => deriveCaseFigures(caseId, contracts, { entries: [] }));
    const cases = new Map([['case-1', { reference: 'SAG-1', title: 'Botilbud', phase: 'followUp' as const }]]);
    expect(costliestOf(figures, cases)).toEqual([
      { caseId: 'case-5', reference: 'R-5', title: '', providerName: 'Lyngly', amount: 9000 * 365 },
      {
        caseId: 'case-1',
        reference: 'SAG-1',
        title: 'Botilbud',
        phase: 'followUp',
        providerName: 'Lyngly',
        amount: 730000,
      },
    ]);
  });
});

describe('overviewPeriod', () => {
  it('widens the period asked for to whole calendar months', () => {
    expect(overviewPeriod({ from: '2026-02-10', to: '2026-02-20' }, '2026-03-15')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(overviewPeriod({}, '2026-03-15')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
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
