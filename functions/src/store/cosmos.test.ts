// Cosmos-only behaviour: stored item shape, throttling and retries, batch splitting, token and name checks.
import https from 'node:https';

import { CosmosClient } from '@azure/cosmos';

import { StoreUnavailableError, ValidationError } from '@koberollen/shared/errors';

import type { CosmosRepository } from './cosmos';
import { INDEXED_ORDERS } from './cosmosQuery';
import { type CosmosTestServer, startCosmosTestServer } from './testing/cosmosServer';
import type { WriteOp } from './types';

let server: CosmosTestServer;
let repo: CosmosRepository;

beforeAll(async () => {
  server = await startCosmosTestServer();
  repo = await server.connect('cosmos-only');
});
afterAll(async () => {
  await repo.close();
  await server.close();
});
afterEach(() => server.intercept(undefined));

/** Answers item requests with 429 while `remaining` lasts, counting them. */
function throttle(retryAfterMs: number, remaining = Infinity) {
  const seen = { count: 0 };
  server.intercept((req, res) => {
    if (!req.url?.includes('/docs') || seen.count >= remaining) return false;
    seen.count += 1;
    res.writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': String(retryAfterMs) });
    res.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large' }));
    return true;
  });
  return seen;
}

it('stores the envelope, index projection and sort keys, and hides them from callers', async () => {
  await repo.write('t1', [
    { op: 'create', kind: 'case', id: 'c1', body: { title: 'Sag' }, index: { status: 'open', tags: ['a'] } },
  ]);
  const raw = new CosmosClient({
    endpoint: server.endpoint,
    key: 'dummy',
    agent: new https.Agent({ rejectUnauthorized: false }),
  });
  const { resource } = await raw.database('cosmos-only').container('entities').item('case:c1', 't1').read();
  raw.dispose();
  expect(resource).toMatchObject({
    id: 'case:c1',
    tenantId: 't1',
    kind: 'case',
    entityId: 'c1',
    body: { title: 'Sag' },
    ix: { status: 'open', tags: ['a'] },
    sk: { status: '2open\u0000c1' },
  });
  const doc = await repo.get('t1', 'case', 'c1');
  expect(doc).toEqual({ kind: 'case', tenantId: 't1', id: 'c1', etag: resource?._etag, body: { title: 'Sag' } });
});

it('gives an expiring document a ttl, so Cosmos deletes it, and its expiry', async () => {
  const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
  await repo.write('t1', [{ op: 'create', kind: 'idempotencyKey', id: 'k1', body: {}, expiresAt }]);
  const raw = new CosmosClient({
    endpoint: server.endpoint,
    key: 'dummy',
    agent: new https.Agent({ rejectUnauthorized: false }),
  });
  const { resource } = await raw.database('cosmos-only').container('entities').item('idempotencyKey:k1', 't1').read();
  const { resource: container } = await raw.database('cosmos-only').container('entities').read();
  raw.dispose();
  expect(resource).toMatchObject({ expiresAt });
  expect(resource?.ttl).toBeGreaterThan(3590);
  expect(resource?.ttl).toBeLessThanOrEqual(3600);
  expect(container?.defaultTtl).toBe(-1);
});

it('retries throttled requests as often as configured, then reports the advised wait', async () => {
  const seen = throttle(10);
  await expect(repo.get('t1', 'case', 'c1')).rejects.toMatchObject({
    constructor: StoreUnavailableError,
    retryAfterSeconds: 1,
  });
  expect(seen.count).toBe(6);
});

it('rounds the advised wait up to whole seconds', async () => {
  const impatient = await server.connect('cosmos-only', {
    connectionPolicy: { retryOptions: { maxRetryAttemptCount: 0 } },
  });
  throttle(2300);
  await expect(impatient.count('t1', 'case')).rejects.toMatchObject({ retryAfterSeconds: 3 });
  await impatient.close();
});

it('succeeds when throttling ends within the retries', async () => {
  const seen = throttle(10, 2);
  await expect(repo.write('t1', [{ op: 'upsert', kind: 'case', id: 'r1', body: {} }])).resolves.toHaveLength(1);
  expect(seen.count).toBe(2);
});

it('reports a batch still throttled after the retries as unavailable', async () => {
  throttle(10);
  await expect(repo.write('t1', [{ op: 'upsert', kind: 'case', id: 'r2', body: {} }])).rejects.toBeInstanceOf(
    StoreUnavailableError,
  );
  server.intercept(undefined);
  expect(await repo.get('t1', 'case', 'r2')).toBeUndefined();
});

it('reports lists, counts and reads by id answered 503 (the service unavailable) as unavailable, never a failure', async () => {
  server.intercept((req, res) => {
    if (!req.url?.includes('/docs')) return false;
    res.writeHead(503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 'ServiceUnavailable', message: 'Service is currently unavailable' }));
    return true;
  });
  const lists = [
    { kind: 'case' as const, limit: 5 },
    { kind: 'milestone' as const, orderBy: 'dueDate', limit: 5 },
  ];
  await expect(repo.listEach('t1', lists)).rejects.toBeInstanceOf(StoreUnavailableError);
  await expect(repo.countEach('t1', 'case', [], { all: [] })).rejects.toBeInstanceOf(StoreUnavailableError);
  await expect(repo.getMany('t1', 'case', ['c1'])).rejects.toBeInstanceOf(StoreUnavailableError);
});

it('reads documents by id as one batch of point reads, and those a missing one held up by one query', async () => {
  await repo.write('t1', [
    { op: 'upsert', kind: 'case', id: 'g1', body: { n: 1 } },
    { op: 'upsert', kind: 'provider', id: 'g2', body: { n: 2 } },
  ]);
  const wire = server.countWire();
  const both = await repo.getEach('t1', [
    { kind: 'case', ids: ['g1'] },
    { kind: 'provider', ids: ['g2'] },
  ]);
  expect(both.map((docs) => docs.map((doc) => doc.body))).toEqual([[{ n: 1 }], [{ n: 2 }]]);
  expect(wire.byKind).toEqual({ batch: 1 });

  const held = server.countWire();
  const found = await repo.getMany('t1', 'case', ['gone', 'g1']);
  expect(found.map((doc) => doc.id)).toEqual(['g1']);
  expect(held.byKind).toEqual({ batch: 1, queryPlan: 1, query: 1 });
});

it('makes the container with a composite index for each list order, by kind first', async () => {
  const raw = new CosmosClient({
    endpoint: server.endpoint,
    key: 'dummy',
    agent: new https.Agent({ rejectUnauthorized: false }),
  });
  const { resource } = await raw.database('cosmos-only').container('entities').read();
  raw.dispose();
  const composites = (resource?.indexingPolicy?.compositeIndexes ?? []).map((paths) => paths.map((p) => p.path));
  expect(composites).toContainEqual(['/kind', '/id']);
  for (const field of INDEXED_ORDERS) expect(composites).toContainEqual(['/kind', `/sk/${field}`]);
  expect(resource?.indexingPolicy?.excludedPaths).toContainEqual({ path: '/body/*' });
});

it('splits more than 100 operations into consecutive batches', async () => {
  const ops: WriteOp[] = Array.from({ length: 150 }, (_, i) => ({
    op: 'create',
    kind: 'milestone',
    id: `m${i}`,
    body: { i },
  }));
  const written = await repo.write('t2', ops);
  expect(written.map((doc) => doc.id)).toEqual(ops.map((op) => op.id));
  expect(await repo.count('t2', 'milestone')).toBe(150);
});

it('refuses ids Cosmos cannot store, and never finds them', async () => {
  await expect(repo.write('t1', [{ op: 'create', kind: 'case', id: 'a/b', body: {} }])).rejects.toBeInstanceOf(
    ValidationError,
  );
  expect(await repo.get('t1', 'case', 'a/b')).toBeUndefined();
});

it('refuses a continuation token issued for another query', async () => {
  for (let i = 0; i < 3; i += 1) await repo.write('t3', [{ op: 'create', kind: 'case', id: `c${i}`, body: {} }]);
  const first = await repo.list('t3', 'case', { limit: 1 });
  expect(first.continuationToken).toBeDefined();
  await expect(
    repo.list('t3', 'case', { limit: 1, orderBy: 'status', continuationToken: first.continuationToken }),
  ).rejects.toBeInstanceOf(ValidationError);
  await expect(
    repo.list('other', 'case', { limit: 1, continuationToken: first.continuationToken }),
  ).rejects.toBeInstanceOf(ValidationError);
});

it('refuses field names that are not plain identifiers before building SQL', async () => {
  await expect(
    repo.list('t1', 'case', { limit: 1, filters: [{ field: 'x"] OR true OR c["y', op: 'eq', value: 1 }] }),
  ).rejects.toThrow('Invalid index field name');
  await expect(repo.list('t1', 'case', { limit: 1, orderBy: 'a.b' })).rejects.toThrow('Invalid index field name');
});
