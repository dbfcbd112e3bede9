// A fresh SQLite store in a temporary folder with the demo data seeded, for the jobs' tests, and its removal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { seedIfEmpty } from '../../seed';
import { SqliteRepository } from '../../store/sqlite';
import { SYSTEM_PARTITION } from '../../store/types';

export interface SeededStore {
  store: SqliteRepository;
  /** The first demo municipality. */
  tenantId: string;
  remove(): Promise<void>;
}

export async function seededStore(now: Date): Promise<SeededStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-job-'));
  const store = new SqliteRepository(path.join(dir, 'test.sqlite'));
  await seedIfEmpty(store, now);
  const [first] = (await store.list<{ id: string }>(SYSTEM_PARTITION, 'tenant', { limit: 1 })).items;
  return {
    store,
    tenantId: first!.id,
    async remove() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
