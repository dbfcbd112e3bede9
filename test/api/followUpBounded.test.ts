// Follow-up at a glance reads a bounded amount from either store however large the municipality, and two instances
// on one store answer what a full read answers right after a write through either.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Contract, Milestone } from '@koberollen/shared/domain/contract';

import { routes as contractRoutes } from '../../functions/src/functions/contracts';
import { followUpOverview } from '../../functions/src/functions/followUp';
import { markMilestoneDone } from '../../functions/src/functions/milestones';
import type { FunctionDeclaration } from '../../functions/src/http/declare';
import { seedTenant } from '../../functions/src/seed';
import type { Services } from '../../functions/src/services';
import { SqliteRepository } from '../../functions/src/store/sqlite';
import { startCosmosTestServer } from '../../functions/src/store/testing/cosmosServer';
import type { Repository } from '../../functions/src/store/types';
import { countingStore } from './support/countingStore';
import { followUpFromFullRead } from './support/followUpReference';

jest.setTimeout(300_000);

const NOW = new Date('2026-03-15T10:00:00Z');
const TODAY = '2026-03-15';
const ITEMS = 12;
const MEDIUM = { id: 'medium', name: 'Mellemby Kommune' };
const LARGE = { id: 'large', name: 'Storby Kommune' };

/** Two instances' stores on one store, and how to stop them. */
interface Pair {
  a: Repository;
  b: Repository;
  stop: () => Promise<void>;
}

/** The store, and the municipalities' numbers of contracts (the emulation of Cosmos DB is slow to read all). */
const STORES: { name: string; open: () => Promise<Pair>; sizes: [number, number]; maxRequests: number }[] = [
  {
    name: 'SQLite, two connections to one file',
    sizes: [150, 450],
    maxRequests: 5,
    open: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-bounded-'));
      const file = path.join(dir, 'store.sqlite');
      const [a, b] = [new SqliteRepository(file), new SqliteRepository(file)];
      const stop = async () => {
        await Promise.all([a.close(), b.close()]);
        fs.rmSync(dir, { recursive: true, force: true });
      };
      return Promise.resolve({ a, b, stop });
    },
  },
  {
    name: 'Cosmos DB, two clients of one account',
    sizes: [60, 180],
    maxRequests: 15,
    open: async () => {
      const server = await startCosmosTestServer();
      const [a, b] = [await server.connect('bounded'), await server.connect('bounded')];
      const stop = async () => {
        await Promise.all([a.close(), b.close()]);
        await server.close();
      };
      return { a, b, stop };
    },
  },
];

const servicesOf = (store: Repository) => ({ store, now: () => NOW }) as unknown as Services;
const userOf = (tenantId: string) => ({ tenantId, userId: 'u1', name: 'Test', roles: ['negotiator', 'manager'] });

/** Runs a route's handler as the host would after its checks. */
async function run(declaration: FunctionDeclaration, store: Repository, tenantId: string, call: object) {
  const answer = await declaration.handler({
    user: userOf(tenantId),
    services: servicesOf(store),
    query: {},
    ...call,
  } as unknown as Parameters<FunctionDeclaration['handler']>[0]);
  expect(answer.status).toBe(200);
}

async function expectAsFullRead(store: Repository, tenantId: string): Promise<void> {
  const answer = await followUpOverview(servicesOf(store), tenantId, ITEMS);
  expect(answer).toEqual(await followUpFromFullRead(store, tenantId, TODAY, ITEMS));
}

describe.each(STORES)('$name', ({ open, sizes: [medium, large], maxRequests }) => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await open();
    await seedTenant(pair.a, MEDIUM, NOW, { providers: 60, cases: medium, contracts: medium, invoicedContracts: 0 });
    await seedTenant(pair.a, LARGE, NOW, { providers: 120, cases: large, contracts: large, invoicedContracts: 0 });
  }, 300_000);
  afterAll(() => pair.stop());

  it('reads no more store requests and about the same bytes for three times the contracts', async () => {
    const readsOf = async (tenantId: string) => {
      const { store, reads } = countingStore(pair.a);
      const answer = await followUpOverview(servicesOf(store), tenantId, ITEMS);
      expect(answer).toEqual(await followUpFromFullRead(pair.a, tenantId, TODAY, ITEMS));
      expect(answer.dueGroups.some((group) => group.items.length === ITEMS)).toBe(true);
      return reads;
    };
    const medium = await readsOf(MEDIUM.id);
    const large = await readsOf(LARGE.id);
    // Settings, the due counts, the lists (one list per milestone kind, the special rates ending, the regulated
    // contracts, the costliest cases), one read of the listed milestones' contracts and one of the costliest cases'
    // follow-ups: none per contract or case. The embedded store answers the lists in one request; Cosmos DB takes a
    // query for each of its eleven.
    expect(large.requests).toBeLessThanOrEqual(maxRequests);
    expect(large.requests).toBeLessThanOrEqual(medium.requests);
    expect(large.bytes).toBeLessThanOrEqual(medium.bytes * 1.5);
    expect(large.documents).toBeLessThanOrEqual(medium.documents * 1.5);
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
