// Two instances of the host on one store, for each store: two SQLite connections to one file, two Cosmos DB clients of
// one account; with the municipality sizes a bounded read is compared at (the emulation of Cosmos DB is slow to seed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { FunctionDeclaration } from '../../../functions/src/http/declare';
import { seedTenant } from '../../../functions/src/seed';
import type { Services } from '../../../functions/src/services';
import { SqliteRepository } from '../../../functions/src/store/sqlite';
import { startCosmosTestServer, type WireCount } from '../../../functions/src/store/testing/cosmosServer';
import type { Repository } from '../../../functions/src/store/types';

/** Two instances' stores on one store, and how to stop them. */
export interface Pair {
  a: Repository;
  b: Repository;
  stop: () => Promise<void>;
  /** Cosmos DB: counts the requests for data at the wire from now on (query plans included). */
  countWire?: () => WireCount;
}

/** The store, and the municipalities' numbers of contracts (the emulation of Cosmos DB is slow to read all). */
export const STORES: { name: string; open: () => Promise<Pair>; sizes: [number, number] }[] = [
  {
    name: 'SQLite, two connections to one file',
    sizes: [150, 450],
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
    open: async () => {
      const server = await startCosmosTestServer();
      const [a, b] = [await server.connect('bounded'), await server.connect('bounded')];
      const stop = async () => {
        await Promise.all([a.close(), b.close()]);
        await server.close();
      };
      return { a, b, stop, countWire: () => server.countWire() };
    },
  },
];

export const servicesAt = (store: Repository, now: Date) => ({ store, now: () => now }) as unknown as Services;
const userOf = (tenantId: string) => ({
  tenantId,
  userId: 'u1',
  name: 'Test',
  roles: ['negotiator', 'manager', 'finance'],
});

/** Runs a route's handler as the host would after its checks, and expects it to succeed (`status`, 200 unless told). */
export async function runAs(
  declaration: FunctionDeclaration,
  store: Repository,
  tenantId: string,
  now: Date,
  call: object,
  status = 200,
): Promise<unknown> {
  const answer = await declaration.handler({
    user: userOf(tenantId),
    services: servicesAt(store, now),
    query: {},
    ...call,
  } as unknown as Parameters<FunctionDeclaration['handler']>[0]);
  expect(answer.status).toBe(status);
  const { body } = answer;
  return typeof body === 'string' || Buffer.isBuffer(body) ? JSON.parse(body.toString()) : undefined;
}

export const MEDIUM = { id: 'medium', name: 'Mellemby Kommune' };
export const LARGE = { id: 'large', name: 'Storby Kommune' };

/** Opens the store's two instances and seeds a medium and a large municipality (its sizes) through the first. */
export async function openSeeded({ open, sizes: [medium, large] }: (typeof STORES)[number], now: Date): Promise<Pair> {
  const pair = await open();
  await seedTenant(pair.a, MEDIUM, now, { providers: 60, cases: medium, contracts: medium, invoicedContracts: 0 });
  await seedTenant(pair.a, LARGE, now, { providers: 120, cases: large, contracts: large, invoicedContracts: 0 });
  return pair;
}

/** Opens and seeds the store's pair before a block's tests and stops it after them; returns the pair while they run. */
export function useSeededPair(store: (typeof STORES)[number], now: Date): () => Pair {
  let pair: Pair | undefined;
  beforeAll(async () => {
    pair = await openSeeded(store, now);
  }, 300_000);
  afterAll(() => pair?.stop());
  return () => pair!;
}
