// The Repository adapters the store contract suites run against: SQLite in a temp dir, Cosmos against an emulation.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { SqliteRepository } from '../sqlite';
import type { Repository } from '../types';
import { startCosmosTestServer } from './cosmosServer';

export interface Adapter {
  name: string;
  /** Whether a batch with a failing operation is rolled back (see the atomicity test). */
  rollsBackBatches: boolean;
  start(): Promise<{ repo: Repository; stop: () => Promise<void> }>;
}

/** The embedded store, with its list-query tuning. */
function sqlite(name: string, tuning: ConstructorParameters<typeof SqliteRepository>[1] = {}): Adapter {
  return {
    name,
    rollsBackBatches: true,
    start: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-store-'));
      const repo = new SqliteRepository(path.join(dir, 'store.sqlite'), tuning);
      const stop = async () => {
        await repo.close();
        fs.rmSync(dir, { recursive: true, force: true });
      };
      return Promise.resolve({ repo, stop });
    },
  };
}

export const adapters: Adapter[] = [
  // At this size, equality filters drive SQL walks; without drivers, filters are checked per row along the list order.
  sqlite('sqlite'),
  sqlite('sqlite, filters checked along the list order', { driverLimit: 0 }),
  {
    name: 'cosmos',
    // The emulation applies batch operations one by one and does not undo the earlier ones when a later
    // one fails; real Cosmos transactional batches are atomic.
    rollsBackBatches: false,
    start: async () => {
      const server = await startCosmosTestServer();
      const repo = await server.connect('contract');
      const stop = async () => {
        await repo.close();
        await server.close();
      };
      return { repo, stop };
    },
  },
];

/**
 * Within a block run for `adapter`: starts its store before the block's tests and stops it after them; before each
 * test (ahead of the block's own hooks) hands `use` the repository and a new municipality to write in.
 */
export function onStore(adapter: Adapter, use: (store: { repo: Repository; tenant: string }) => void): void {
  let started: Awaited<ReturnType<Adapter['start']>>;
  beforeAll(async () => {
    started = await adapter.start();
  });
  afterAll(() => started?.stop());
  beforeEach(() => use({ repo: started.repo, tenant: randomUUID() }));
}
