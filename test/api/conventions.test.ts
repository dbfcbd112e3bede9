// Conventions every route keeps: problem documents, body type and size, unknown routes, and errors that leak nothing.
import { StoreUnavailableError } from '@koberollen/shared/errors';

import { startHost, TENANT_A, type TestHost } from './support/host';

let host: TestHost;
let token: string;
beforeAll(async () => {
  host = await startHost();
  token = await host.token(['procurement']);
});
afterAll(() => host.stop());
afterEach(() => jest.restoreAllMocks());

const post = (body: string, headers: Record<string, string> = {}) =>
  host.call('POST', '/api/providers', { token, body, headers: { 'content-type': 'application/json', ...headers } });

it('answers malformed JSON with 400 as a Danish problem document, and stores nothing', async () => {
  const before = await host.services.store.count(TENANT_A, 'provider');
  const answer = await post('{"name": "Bostedet');
  expect(answer.status).toBe(400);
  expect(answer.headers.get('content-type')).toContain('application/problem+json');
  expect(answer.body).toMatchObject({
    status: 400,
    title: 'Ugyldig forespørgsel',
    detail: expect.stringContaining('JSON'),
  });
  expect(await host.services.store.count(TENANT_A, 'provider')).toBe(before);
});

it('answers a body that is not JSON with 415 and one over 256 KB with 413', async () => {
  expect((await post('name=Bostedet', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  const big = JSON.stringify({ name: 'x'.repeat(300 * 1024) });
  const answer = await post(big);
  expect(answer.status).toBe(413);
  expect(answer.body.title).toBe('Forespørgslen er for stor');
});

it('refuses unknown query parameters and names them', async () => {
  const answer = await host.call('GET', '/api/providers?colour=blue', { token });
  expect(answer.status).toBe(400);
  expect(answer.body.fields).toHaveProperty('colour');
});

it('answers unknown routes with 404 and a wrong method with 405 and Allow', async () => {
  expect((await host.call('GET', '/api/nothing-here', { token })).status).toBe(404);
  const wrong = await host.call('PATCH', '/api/providers', { token });
  expect(wrong.status).toBe(405);
  expect(wrong.headers.get('allow')).toContain('GET');
});

it('turns an unexpected failure into a generic 500 with a correlation id and no internals', async () => {
  jest.spyOn(host.services.store, 'get').mockRejectedValueOnce(new Error('disk sector 7 exploded at /srv/db.c:42'));
  const answer = await host.call('GET', '/api/providers/some-id', { token });
  expect(answer.status).toBe(500);
  expect(answer.body.correlationId).toEqual(expect.any(String));
  expect(JSON.stringify(answer.body)).not.toMatch(/exploded|db\.c|at .*\(/);
  expect(host.logged.some((line) => line.includes('exploded'))).toBe(true);
});

it('answers 503 with Retry-After when the store is throttled or down, and writes nothing', async () => {
  jest.spyOn(host.services.store, 'write').mockRejectedValueOnce(new StoreUnavailableError('Databasen er optaget.', 7));
  const body = {
    name: 'Bostedet Ask',
    cvr: '12345674',
    ownership: 'private',
    municipality: 'Køge',
    region: 'Sjælland',
  };
  const address = { street: 'Vej 1', postalCode: '4600', city: 'Køge' };
  const answer = await host.call('POST', '/api/providers', { token, body: { ...body, address } });
  expect(answer.status).toBe(503);
  expect(answer.headers.get('retry-after')).toBe('7');
  const found = await host.call('GET', '/api/providers?q=ask', { token });
  expect(found.body.items.some((p: { name: string }) => p.name === 'Bostedet Ask')).toBe(false);
});
