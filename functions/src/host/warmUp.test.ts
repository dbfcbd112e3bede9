// The warm-up holds each municipality's overview records, so the overviews then read nothing, and never throws.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { openMilestonesDueSoon, overviewCases, overviewContracts, overviewProviders } from '../records/overviewSets';
import type { Services } from '../services';
import { SqliteRepository } from '../store/sqlite';
import { type Repository, SYSTEM_PARTITION } from '../store/types';
import { warmOverviews } from './warmUp';

const NOW = new Date('2026-03-15T10:00:00Z');
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-warm-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const servicesOf = (store: Repository) => ({ store, now: () => NOW }) as unknown as Services;

it("holds every municipality's contracts, providers, cases and due milestones", async () => {
  const store = new SqliteRepository(path.join(dir, 'store.sqlite'));
  await store.write(SYSTEM_PARTITION, [
    { op: 'create', kind: 'tenant', id: 'a', body: { id: 'a' } },
    { op: 'create', kind: 'tenant', id: 'b', body: { id: 'b' } },
  ]);
  await store.write('b', [{ op: 'create', kind: 'case', id: 'c', body: { id: 'c', reference: 'SAG-1' } }]);
  const log = jest.fn();
  await warmOverviews(servicesOf(store), log);
  expect(log).not.toHaveBeenCalled();

  const list = jest.spyOn(store, 'list');
  for (const tenant of ['a', 'b']) {
    await overviewContracts.read(store, tenant);
    await overviewProviders.read(store, tenant);
    await openMilestonesDueSoon(store, tenant, '2026-03-15');
  }
  expect(await overviewCases.read(store, 'b')).toEqual([{ id: 'c', reference: 'SAG-1' }]);
  expect(list).not.toHaveBeenCalled();
  await store.close();
});

it('reports a failure instead of throwing it', async () => {
  const store = new SqliteRepository(path.join(dir, 'store.sqlite'));
  jest.spyOn(store, 'list').mockRejectedValue(new Error('down'));
  const log = jest.fn();
  await expect(warmOverviews(servicesOf(store), log)).resolves.toBeUndefined();
  expect(log).toHaveBeenCalledWith(expect.any(String), new Error('down'));
  await store.close();
});
