// The warm-up computes each municipality's overview of a period, so its first request reads nothing, and never throws.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { periodOverview } from '../functions/analysis';
import type { Services } from '../services';
import { SqliteRepository } from '../store/sqlite';
import { withoutChangeFeed } from '../store/testing/withoutChangeFeed';
import { type Repository, SYSTEM_PARTITION } from '../store/types';
import { warmOverviews } from './warmUp';

const NOW = new Date('2026-03-15T10:00:00Z');
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-warm-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const servicesOf = (store: Repository) => ({ store, now: () => NOW }) as unknown as Services;

it("computes every municipality's overview of the last twelve months", async () => {
  const store = new SqliteRepository(path.join(dir, 'store.sqlite'));
  await store.write(SYSTEM_PARTITION, [
    { op: 'create', kind: 'tenant', id: 'a', body: { id: 'a' } },
    { op: 'create', kind: 'tenant', id: 'b', body: { id: 'b' } },
  ]);
  const services = servicesOf(store);
  const log = jest.fn();
  await warmOverviews(services, log);
  expect(log).not.toHaveBeenCalled();

  const list = jest.spyOn(store, 'list');
  const get = jest.spyOn(store, 'get');
  for (const tenant of ['a', 'b']) {
    expect(await periodOverview(services, tenant, {})).toMatchObject({ from: '2025-04-01', to: '2026-03-15' });
  }
  expect(list).not.toHaveBeenCalled();
  expect(get).not.toHaveBeenCalled();
  await store.close();
});

it('reports a failure instead of throwing it, and does nothing where nothing can be kept', async () => {
  const store = new SqliteRepository(path.join(dir, 'store.sqlite'));
  const list = jest.spyOn(store, 'list').mockRejectedValue(new Error('down'));
  const log = jest.fn();
  await expect(warmOverviews(servicesOf(store), log)).resolves.toBeUndefined();
  expect(log).toHaveBeenCalledWith(expect.any(String), new Error('down'));

  list.mockClear();
  const withoutFeed = withoutChangeFeed(store);
  await warmOverviews(servicesOf(withoutFeed), log);
  expect(list).not.toHaveBeenCalled();
  await store.close();
});
