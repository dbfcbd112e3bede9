// Kept figures are a contract's own figures, reused while its contract object, offer and period are the same.
import { contractFigures, type DashboardContract } from '@koberollen/shared/rules/dashboard';
import { testContract } from '@koberollen/shared/rules/testFixtures';

import { keepFiguresInTurns, keptFigures } from './dashboardFigures';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const offer = (amount: number): DashboardContract['offer'] => ({
  name: 'Lyngly',
  paragraph: 'SEL §107',
  rates: [
    {
      id: 'dogn',
      type: 'day',
      label: 'Døgntakst',
      amount,
      negotiatedAt: '2025-12-01',
      source: 'list',
      validFrom: '2025-01-01',
      history: [],
    },
  ],
});
const item = (
  contract: DashboardContract['contract'] = { ...testContract({ status: 'active' }), id: 'k', annualCost: 0 },
  listPrice = 2500,
): DashboardContract => ({
  contract,
  providerName: 'Lyngly',
  ownership: 'private',
  own: false,
  offer: offer(listPrice),
});

it("keeps a contract's figures while its contract, offer and period are the same objects and dates", () => {
  const first = item();
  const figures = keptFigures(YEAR)(first);
  expect(figures).toEqual(contractFigures(first, YEAR));
  expect(figures?.saving?.annual).toBeGreaterThan(0);
  expect(keptFigures({ ...YEAR })(first)).toBe(figures);

  // A provider read again holds a new offer; a contract read again is a new object; another period is asked for.
  const newOffer = { ...first, offer: offer(3000) };
  expect(keptFigures(YEAR)(newOffer)).toEqual(contractFigures(newOffer, YEAR));
  expect(keptFigures(YEAR)(newOffer)?.saving?.annual).toBeGreaterThan(figures!.saving!.annual);
  const rewritten = item({ ...first.contract, endDate: '2026-06-30' });
  expect(keptFigures(YEAR)(rewritten)).toEqual(contractFigures(rewritten, YEAR));
  expect(keptFigures(YEAR)(rewritten)!.amount).toBeLessThan(figures!.amount);
  const half = { from: '2026-01-01', to: '2026-06-30' };
  expect(keptFigures(half)(first)).toEqual(contractFigures(first, half));
  expect(
    keptFigures({ from: '2027-01-01', to: '2027-12-31' })(item({ ...first.contract, status: 'draft' })),
  ).toBeUndefined();
});

it('has every figure computed, letting other work run between stretches', async () => {
  const items = Array.from({ length: 12 }, () => item());
  const computed: DashboardContract[] = [];
  let computedWhenOtherRan: number | undefined;
  setImmediate(() => (computedWhenOtherRan = computed.length));
  await keepFiguresInTurns(items, (one) => {
    const until = performance.now() + 5;
    while (performance.now() < until);
    computed.push(one);
  });
  expect(computed).toEqual(items);
  expect(computedWhenOtherRan).toBeGreaterThan(0);
  expect(computedWhenOtherRan).toBeLessThan(items.length);
});
