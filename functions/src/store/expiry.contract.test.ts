// The Repository contract for expiring documents, for every adapter: found until they expire, never after.
import { adapters, onStore } from './testing/adapters';
import type { Repository } from './types';

describe.each(adapters)('Repository contract, expiring documents ($name)', (adapter) => {
  let repo: Repository;
  let tenant: string;
  onStore(adapter, (store) => ({ repo, tenant } = store));

  const later = () => new Date(Date.now() + 60_000).toISOString();
  const earlier = () => new Date(Date.now() - 1000).toISOString();

  it('reads an expiring document until it expires, then finds it no more', async () => {
    const [kept] = await repo.write(tenant, [
      { op: 'create', kind: 'idempotencyKey', id: 'k1', body: { v: 1 }, expiresAt: later() },
      { op: 'create', kind: 'idempotencyKey', id: 'k2', body: { v: 2 }, expiresAt: earlier() },
    ]);
    expect(await repo.get(tenant, 'idempotencyKey', 'k1')).toMatchObject({ etag: kept?.etag, body: { v: 1 } });
    expect(await repo.get(tenant, 'idempotencyKey', 'k2')).toBeUndefined();
  });

  it('keeps or moves the expiry with each write, and a write without one never expires', async () => {
    const [first] = await repo.write(tenant, [
      { op: 'create', kind: 'idempotencyKey', id: 'k1', body: { v: 1 }, expiresAt: later() },
    ]);
    await repo.write(tenant, [
      { op: 'replace', kind: 'idempotencyKey', id: 'k1', body: { v: 2 }, ifMatch: first?.etag, expiresAt: earlier() },
    ]);
    expect(await repo.get(tenant, 'idempotencyKey', 'k1')).toBeUndefined();
    await repo.write(tenant, [{ op: 'upsert', kind: 'idempotencyKey', id: 'k3', body: { v: 3 } }]);
    expect((await repo.get(tenant, 'idempotencyKey', 'k3'))?.body).toEqual({ v: 3 });
  });
});
