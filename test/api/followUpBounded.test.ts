// Follow-up at a glance reads a bounded amount from either store however large the municipality, and two instances
// on one store answer what a full read answers right after a write through either.
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';

import { routes as contractRoutes } from '../../functions/src/functions/contracts';
import { followUpOverview } from '../../functions/src/functions/followUp';
import { markMilestoneDone } from '../../functions/src/functions/milestones';
import type { FunctionDeclaration } from '../../functions/src/http/declare';
import type { Repository } from '../../functions/src/store/types';
import { countingStore } from './support/countingStore';
import { followUpFromFullRead } from './support/followUpReference';
import { LARGE, MEDIUM, openSeeded, type Pair, runAs, servicesAt, STORES } from './support/twoInstances';

jest.setTimeout(300_000);

const NOW = new Date('2026-03-15T10:00:00Z');
const TODAY = '2026-03-15';
const ITEMS = 12;

const servicesOf = (store: Repository) => servicesAt(store, NOW);
const run = (declaration: FunctionDeclaration, store: Repository, tenantId: string, call: object) =>
  runAs(declaration, store, tenantId, NOW, call);

async function expectAsFullRead(store: Repository, tenantId: string): Promise<void> {
  const answer = await followUpOverview(servicesOf(store), tenantId, ITEMS);
  expect(answer).toEqual(await followUpFromFullRead(store, tenantId, TODAY, ITEMS));
}

/**
 * At most this many store requests per answer, whatever the municipality's size: the settings, the kept due counts,
 * the lists and one read of the listed milestones' contracts. The embedded store answers the lists in one request;
 * Cosmos DB takes a query for each: the due milestones' day buckets, up to three kinds' last bucket of their own, the
 * special rates ending, the regulated contracts and the costliest cases.
 */
const maxRequests = (storeName: string) => (storeName.startsWith('SQLite') ? 4 : 10);
/** Cosmos DB at the wire: two point reads, one batch, and up to seven lists of two requests each (plan and page). */
const MAX_AT_WIRE = 2 + 1 + 2 * 7;

describe.each(STORES)('$name', (store) => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await openSeeded(store, NOW);
  }, 300_000);
  afterAll(() => pair.stop());

  it('reads no more store requests and about the same bytes for three times the contracts', async () => {
    const readsOf = async (tenantId: string) => {
      const { store, reads } = countingStore(pair.a);
      const wire = pair.countWire?.();
      const answer = await followUpOverview(servicesOf(store), tenantId, ITEMS);
      const atWire = wire && structuredClone(wire);
      expect(answer).toEqual(await followUpFromFullRead(pair.a, tenantId, TODAY, ITEMS));
      expect(answer.dueGroups.some((group) => group.items.length === ITEMS)).toBe(true);
      return { ...reads, atWire };
    };
    const medium = await readsOf(MEDIUM.id);
    const large = await readsOf(LARGE.id);
    // None per contract, case or milestone, at either size.
    expect(medium.requests).toBeLessThanOrEqual(maxRequests(store.name));
    expect(large.requests).toBeLessThanOrEqual(maxRequests(store.name));
    expect(large.bytes).toBeLessThanOrEqual(medium.bytes * 1.5);
    expect(large.documents).toBeLessThanOrEqual(medium.documents * 1.5);
    // Cosmos DB at the wire: the settings and the kept counts as two point reads, the listed milestones' contracts as
    // one batch of point reads, and each list a query with the query plan the SDK asks for first (see maxRequests).
    for (const { atWire } of [medium, large]) {
      if (!atWire) continue;
      const { read, batch, query, queryPlan } = atWire.byKind;
      expect({ read, batch }).toEqual({ read: 2, batch: 1 });
      expect(queryPlan).toBe(query);
      expect(atWire.requests).toBeLessThanOrEqual(MAX_AT_WIRE);
    }
  });

  it('answers through either instance what a full read answers right after a write through the other', async () => {
    const { a, b } = pair;
    await expectAsFullRead(b, LARGE.id);

    // A due milestone marked done through A.
    const due = (await followUpOverview(servicesOf(a), LARGE.id, 1)).dueGroups[0]!.items[0]!;
    const record = (await a.get<Milestone>(LARGE.id, 'milestone', due.id))!;
    await run(markMilestoneDone, a, LARGE.id, { params: { id: due.id }, body: {}, record });
    await expectAsFullRead(b, LARGE.id);

    // The costliest case's contract ends through B.
    const costliest = (await followUpOverview(servicesOf(b), LARGE.id, 0)).expensiveCases[0]!;
    const stored = (await b.get<Contract>(LARGE.id, 'contract', costliest.contractId))!;
    const replace = contractRoutes.find((route) => route.name === 'contracts-replace')!;
    const { id: _id, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...input } = stored.body;
    await run(replace, b, LARGE.id, {
      params: { id: stored.id },
      body: { ...input, status: 'ended', endDate: '2026-02-28' },
      ifMatch: stored.etag,
      record: stored,
    });
    await expectAsFullRead(a, LARGE.id);
    await expectAsFullRead(b, LARGE.id);
    expect((await followUpOverview(servicesOf(a), LARGE.id, 0)).expensiveCases[0]?.caseId).not.toBe(costliest.caseId);
  });
});
