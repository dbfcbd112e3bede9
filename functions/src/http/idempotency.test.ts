// Idempotent creates under a true race: both requests miss the key, both write, the store lets one key in.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Services } from '../services';
import { SqliteRepository } from '../store/sqlite';
import type { Repository } from '../store/types';
import { idempotent } from './idempotency';
import { created } from './responses';

const user = { tenantId: 't1', userId: 'u1', name: 'Test', roles: [] };
let dir: string;
let store: SqliteRepository;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-idem-'));
  store = new SqliteRepository(path.join(dir, 'store.sqlite'));
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A store whose key look-ups all wait until `callers` of them are waiting, so every request misses the key. */
function missingTogether(inner: Repository, callers: number): Repository {
  let waiting = 0;
  let release: () => void = () => undefined;
  const barrier = new Promise<void>((resolve) => (release = resolve));
  return {
    kind: inner.kind,
    get: async (tenantId, kind, id) => {
      const found = await inner.get(tenantId, kind, id);
      if (kind === 'idempotencyKey' && ++waiting <= callers) {
        if (waiting === callers) release();
        await barrier;
      }
      return found as never;
    },
    list: (...args) => inner.list(...args),
    listVersions: (...args) => inner.listVersions(...args),
    listEach: (...args) => inner.listEach(...args),
    count: (...args) => inner.count(...args),
    getMany: (...args) => inner.getMany(...args),
    getEach: (...args) => inner.getEach(...args),
    countEach: (...args) => inner.countEach(...args),
    tally: (...args) => inner.tally(...args),
    write: (...args) => inner.write(...args),
    close: () => inner.close(),
  };
}

/** A create handler: writes one record with a fresh id and answers 201. */
async function createRecord(services: Services) {
  const id = randomUUID();
  const [doc] = await services.store.write(user.tenantId, [{ op: 'create', kind: 'case', id, body: { id } }]);
  return created({ id }, `/api/cases/${id}`, doc!.etag);
}

it('writes one record when two requests with the same key both miss it, and answers both alike', async () => {
  const services = { store: missingTogether(store, 2) } as Services;
  const call = { key: 'k-1', fingerprint: 'same', user, services };
  const answers = await Promise.all([idempotent(call, createRecord), idempotent(call, createRecord)]);
  expect(answers.map((a) => a.status)).toEqual([201, 201]);
  expect(answers[1].body).toBe(answers[0].body);
  expect((answers[1].headers as Record<string, string>).Location).toBe(
    (answers[0].headers as Record<string, string>).Location,
  );
  expect(await store.count(user.tenantId, 'case')).toBe(1);
});

it('refuses the loser of a race that came with another request', async () => {
  const services = { store: missingTogether(store, 2) } as Services;
  const first = idempotent({ key: 'k-2', fingerprint: 'one', user, services }, createRecord);
  const second = idempotent({ key: 'k-2', fingerprint: 'two', user, services }, createRecord);
  const [a, b] = await Promise.allSettled([first, second]);
  expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
  const refused = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
  expect(refused.reason.constructor.name).toBe('RuleViolationError');
  expect(await store.count(user.tenantId, 'case')).toBe(1);
});
