// A retried create makes no twin: Idempotency-Key replays the first answer, refuses another body, holds under races.
import { randomUUID } from 'node:crypto';

import { TENANT_A, useHost } from './support/host';

const { host, tokens } = useHost({
  tokens: { procurement: { roles: ['procurement'] }, caseworker: { roles: ['caseworker'] } },
});

function provider(name: string) {
  return {
    name,
    cvr: '12345674',
    ownership: 'private',
    address: { street: 'Engvej 3', postalCode: '6000', city: 'Kolding' },
    municipality: 'Kolding',
    region: 'Syddanmark',
    offers: [],
  };
}

const post = (url: string, body: unknown, key?: string, token = tokens.procurement) =>
  host.call('POST', url, { token, body, headers: key ? { 'idempotency-key': key } : {} });

async function countNamed(name: string): Promise<number> {
  const list = await host.call('GET', `/api/providers?q=${encodeURIComponent(name)}&limit=100`, {
    token: tokens.procurement,
  });
  return (list.body.items as { name: string }[]).filter((p) => p.name === name).length;
}

it('answers a replay with the first result, status, Location, ETag and body, without writing again', async () => {
  const key = randomUUID();
  const first = await post('/api/providers', provider('Bostedet Lærkely'), key);
  expect(first.status).toBe(201);
  const again = await post('/api/providers', provider('Bostedet Lærkely'), key);
  expect(again.status).toBe(201);
  expect(again.body).toEqual(first.body);
  for (const header of ['location', 'etag', 'content-type']) {
    expect(again.headers.get(header)).toBe(first.headers.get(header));
  }
  expect(await countNamed('Bostedet Lærkely')).toBe(1);
  const audit = await host.services.store.count(TENANT_A, 'audit', [
    { field: 'entityId', op: 'eq', value: first.body.id },
  ]);
  expect(audit).toBe(1);
});

it('creates one record when the same request races itself', async () => {
  const key = randomUUID();
  const answers = await Promise.all(
    Array.from({ length: 6 }, () => post('/api/providers', provider('Botilbuddet Kastanjen'), key)),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201));
  expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
  expect(await countNamed('Botilbuddet Kastanjen')).toBe(1);
});

it('refuses the same key with another body with 422, and writes nothing', async () => {
  const key = randomUUID();
  expect((await post('/api/providers', provider('Hjemmet Egely'), key)).status).toBe(201);
  const other = await post('/api/providers', provider('Hjemmet Bøgely'), key);
  expect(other.status).toBe(422);
  expect(other.body.fields).toHaveProperty(['Idempotency-Key']);
  expect(await countNamed('Hjemmet Bøgely')).toBe(0);
});

it('keeps keys per user, creates twins without a key, and refuses a malformed key', async () => {
  const key = randomUUID();
  const mine = await post('/api/providers', provider('Opholdsstedet Vibe'), key);
  const theirs = await host.call('POST', '/api/providers', {
    token: await host.token(['negotiator'], undefined, 'another-user'),
    body: provider('Opholdsstedet Vibe'),
    headers: { 'idempotency-key': key },
  });
  expect(theirs.status).toBe(201);
  expect(theirs.body.id).not.toBe(mine.body.id);
  await post('/api/providers', provider('Opholdsstedet Vibe'));
  expect(await countNamed('Opholdsstedet Vibe')).toBe(3);
  expect((await post('/api/providers', provider('Opholdsstedet Vibe'), 'mellemrum i nøglen')).status).toBe(400);
});

it('adds a retried quality note once', async () => {
  const made = await post('/api/providers', provider('Bofællesskabet Rønnen'));
  const key = randomUUID();
  const url = `/api/providers/${made.body.id}/notes`;
  const first = await post(url, { text: 'Gode tilbagemeldinger fra pårørende.' }, key, tokens.caseworker);
  const again = await post(url, { text: 'Gode tilbagemeldinger fra pårørende.' }, key, tokens.caseworker);
  expect(first.status).toBe(201);
  expect(again.body).toEqual(first.body);
  const read = await host.call('GET', `/api/providers/${made.body.id}`, { token: tokens.procurement });
  expect(read.body.qualityNotes).toHaveLength(1);
});
