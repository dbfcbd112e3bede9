// Tests for spend aggregation and the most expensive cases.
import { Contract } from '../domain/contract';
import { aggregateSpend, expensiveCases, type SpendContract } from './spend';
import { TEST_USER, testContract } from './testFixtures';

const AT = '2026-01-05T09:00:00+01:00';

function spendContract(id: string, dayRate: number, overrides: Partial<SpendContract> = {}): SpendContract {
  const contract = Contract.parse({
    ...testContract({
      status: 'active',
      rates: [{ type: 'day', label: 'Døgntakst', amount: dayRate, validFrom: '2026-01-01' }],
    }),
    id,
    createdAt: AT,
    createdBy: TEST_USER,
    updatedAt: AT,
    updatedBy: TEST_USER,
    annualCost: dayRate * 365,
  });
  return {
    ...contract,
    providerName: 'Bostedet Lyngly',
    ownership: 'private',
    paragraph: 'SEL §107',
    targetGroup: 'Voksne',
    ...overrides,
  };
}

const contracts = [
  spendContract('k-1', 2000),
  spendContract('k-2', 1000, {
    providerId: 'prov-2',
    providerName: 'Kommunens bosted',
    ownership: 'public',
    startDate: '2026-03-15',
  }),
  spendContract('k-3', 1500, { paragraph: 'SEL §108', targetGroup: 'Unge' }),
  spendContract('k-4', 500, { paragraph: undefined, startDate: '2026-03-01' }),
];
const asOf = '2026-06-01';

describe('aggregateSpend', () => {
  it('groups by provider, highest annual cost first', () => {
    expect(aggregateSpend(contracts, 'provider', asOf)).toEqual([
      { key: 'prov-1', label: 'Bostedet Lyngly', annualCost: 4000 * 365, contracts: 3 },
      { key: 'prov-2', label: 'Kommunens bosted', annualCost: 1000 * 365, contracts: 1 },
    ]);
  });

  it('groups by paragraph, with contracts without one together', () => {
    expect(aggregateSpend(contracts, 'paragraph', asOf).map((r) => [r.label, r.annualCost])).toEqual([
      ['SEL §107', 3000 * 365],
      ['SEL §108', 1500 * 365],
      ['Uden paragraf', 500 * 365],
    ]);
  });

  it('groups by target group and by ownership with Danish labels', () => {
    expect(aggregateSpend(contracts, 'targetGroup', asOf).map((r) => r.key)).toEqual(['Voksne', 'Unge']);
    expect(aggregateSpend(contracts, 'ownership', asOf).map((r) => [r.key, r.label, r.contracts])).toEqual([
      ['private', 'Privat', 3],
      ['public', 'Offentlig', 1],
    ]);
  });

  it('groups by start month', () => {
    expect(aggregateSpend(contracts, 'month', asOf)).toEqual([
      { key: '2026-01', label: 'januar 2026', annualCost: 3500 * 365, contracts: 2 },
      { key: '2026-03', label: 'marts 2026', annualCost: 1500 * 365, contracts: 2 },
    ]);
  });

  it('costs each contract over the 12 months from asOf, a rate known to come from its first day', () => {
    const raised = spendContract('k-5', 1000, {
      rates: [
        { type: 'day', label: 'Døgntakst', amount: 1000, validFrom: '2026-01-01', validTo: '2026-07-01' },
        { type: 'day', label: 'Døgntakst', amount: 1100, validFrom: '2026-07-01' },
      ],
    });
    expect(aggregateSpend([raised], 'provider', '2026-01-01')[0]?.annualCost).toBe(1000 * 181 + 1100 * 184);
    expect(aggregateSpend([raised], 'provider', '2026-06-30')[0]?.annualCost).toBe(1000 + 1100 * 364);
    expect(aggregateSpend([raised], 'provider', '2026-07-01')[0]?.annualCost).toBe(401500);
  });

  it('leaves out drafts and contracts not running on asOf', () => {
    const others = [
      spendContract('d-1', 9000, { status: 'draft' }),
      spendContract('e-1', 9000, { endDate: '2026-05-31' }),
      spendContract('f-1', 9000, { startDate: '2026-06-02' }),
      spendContract('l-1', 100, { endDate: '2026-06-01' }),
    ];
    expect(aggregateSpend(others, 'provider', asOf)).toEqual([
      // Running on its last day: that one day is what it costs from asOf.
      { key: 'prov-1', label: 'Bostedet Lyngly', annualCost: 100, contracts: 1 },
    ]);
  });

  it('sorts equal costs by key and handles no contracts', () => {
    const tied = [spendContract('a', 1000, { targetGroup: 'B' }), spendContract('b', 1000, { targetGroup: 'A' })];
    expect(aggregateSpend(tied, 'targetGroup', asOf).map((r) => r.key)).toEqual(['A', 'B']);
    expect(aggregateSpend([], 'provider', asOf)).toEqual([]);
  });
});

describe('expensiveCases', () => {
  it('takes the top N by annual cost, ties by id', () => {
    const list = [
      spendContract('k-b', 1000),
      spendContract('k-a', 1000),
      spendContract('k-c', 3000),
      spendContract('k-d', 10),
    ];
    expect(expensiveCases(list, 3).map((c) => c.id)).toEqual(['k-c', 'k-a', 'k-b']);
  });

  it('handles N larger than the list, zero and an empty list without changing the input', () => {
    const list = [spendContract('k-1', 1000), spendContract('k-2', 2000)];
    expect(expensiveCases(list, 10).map((c) => c.id)).toEqual(['k-2', 'k-1']);
    expect(expensiveCases(list, 0)).toEqual([]);
    expect(expensiveCases([], 5)).toEqual([]);
    expect(list.map((c) => c.id)).toEqual(['k-1', 'k-2']);
  });
});
