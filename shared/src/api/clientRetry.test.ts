// The client's retries: reads and keyed creates are sent again after a dropped connection or a passing 503.
import { z } from 'zod';

import { createApiClient, type FetchLike } from './client';
import { defineRoute } from './route';

const Item = z.object({ id: z.string() });
const routes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/items',
    operationId: 'createItem',
    summary: 'Create an item',
    access: 'public',
    creates: true,
    body: z.object({ name: z.string() }),
    responses: { 201: Item },
  }),
  read: defineRoute({
    method: 'GET',
    path: '/api/items',
    operationId: 'getItem',
    summary: 'Read an item',
    access: 'public',
    responses: { 200: Item },
  }),
  change: defineRoute({
    method: 'PUT',
    path: '/api/items',
    operationId: 'replaceItem',
    summary: 'Change an item',
    access: 'public',
    body: z.object({ name: z.string() }),
    responses: { 200: Item },
  }),
};

type Step = 'drop' | Response;
const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(status < 300 ? { id: 'i1' } : { title: 'Fejl' }), { status, headers });

/** A fetch that plays the steps in order, recording each request's headers. */
function scripted(...steps: Step[]) {
  const sent: Record<string, string>[] = [];
  const fetch = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>((_url, init) => {
    sent.push(init.headers);
    const step = steps.shift() ?? answer(500);
    return step === 'drop' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(step);
  });
  return { fetch, sent, client: createApiClient({ baseUrl: 'https://api.example', fetch, retryDelaysMs: [1, 1] }) };
}

it('sends a fresh Idempotency-Key with each create and the same one with its retries', async () => {
  const { client, sent } = scripted('drop', answer(503, { 'Retry-After': '0' }), answer(201), answer(201));
  await expect(client.call(routes.create, { body: { name: 'a' } })).resolves.toMatchObject({ status: 201 });
  expect(sent).toHaveLength(3);
  const key = sent[0]!['Idempotency-Key'];
  expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(sent.map((headers) => headers['Idempotency-Key'])).toEqual([key, key, key]);
  await client.call(routes.create, { body: { name: 'a' } });
  expect(sent[3]!['Idempotency-Key']).not.toBe(key);
});

it('sends the key the caller keeps for an action that outlives one call', async () => {
  const { client, sent } = scripted(answer(201));
  await client.call(routes.create, { body: { name: 'a' }, idempotencyKey: 'queued-7' });
  expect(sent[0]!['Idempotency-Key']).toBe('queued-7');
});

it('gives up after its retries with the last failure', async () => {
  const dropped = scripted('drop', 'drop', 'drop', answer(200));
  await expect(dropped.client.call(routes.read)).rejects.toMatchObject({ status: 0, title: 'Ingen forbindelse' });
  expect(dropped.fetch).toHaveBeenCalledTimes(3);
  const busy = scripted(answer(503, { 'Retry-After': '0' }), answer(503, { 'Retry-After': '0' }), answer(503));
  await expect(busy.client.call(routes.read)).rejects.toMatchObject({ status: 503 });
  expect(busy.fetch).toHaveBeenCalledTimes(3);
});

it('does not repeat a 503 that names no wait, one that asks for long, or a change without a key', async () => {
  const unconfigured = scripted(answer(503), answer(200));
  await expect(unconfigured.client.call(routes.read)).rejects.toMatchObject({ status: 503 });
  const long = scripted(answer(503, { 'Retry-After': '30' }), answer(200));
  await expect(long.client.call(routes.read)).rejects.toMatchObject({ status: 503 });
  const change = scripted('drop', answer(200));
  await expect(change.client.call(routes.change, { body: { name: 'b' } })).rejects.toMatchObject({ status: 0 });
  for (const { fetch } of [unconfigured, long, change]) expect(fetch).toHaveBeenCalledTimes(1);
  expect(change.fetch.mock.calls[0]![1].headers['Idempotency-Key']).toBeUndefined();
});
