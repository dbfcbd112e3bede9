// Authorization before validation: sign-in, role, tenant ownership, If-Match, input, stale version, in that order.
import { Role } from '@koberollen/shared/domain/user';

import { routes } from '../../functions/src/routes';
import { TENANT_B, useHost } from './support/host';

const { host, tokens } = useHost({
  tokens: {
    procurement: { roles: ['procurement'] },
    finance: { roles: ['finance'] },
    otherTenant: { roles: ['procurement'], tenantId: TENANT_B },
  },
});

/** A provider of tenant A, read fresh: its path and current ETag. */
async function someProvider(): Promise<{ path: string; etag: string; body: Record<string, unknown> }> {
  const list = await host.call('GET', '/api/providers?limit=1', { token: tokens.procurement });
  const id = list.body.items[0].id as string;
  const read = await host.call('GET', `/api/providers/${id}`, { token: tokens.procurement });
  return { path: `/api/providers/${id}`, etag: read.headers.get('etag')!, body: read.body };
}

/** Server-owned fields are not part of a replace body. */
function replaceBody(body: Record<string, unknown>) {
  const { id: _id, createdAt: _a, createdBy: _b, updatedAt: _c, updatedBy: _d, qualityNotes: _e, ...input } = body;
  return input;
}

describe('PUT /api/providers/{id} checks each step before the next', () => {
  const invalid = { name: 42 };

  it('1. without sign-in it answers 401, whatever else is wrong', async () => {
    const answer = await host.call('PUT', '/api/providers/no-such-provider', { body: invalid });
    expect(answer.status).toBe(401);
  });

  it('2. with the wrong role it answers 403 before looking for the record or reading the body', async () => {
    const answer = await host.call('PUT', '/api/providers/no-such-provider', { token: tokens.finance, body: invalid });
    expect(answer.status).toBe(403);
    expect(answer.body.fields).toBeUndefined();
  });

  it("3. with the right role it answers 404 for a missing record and another tenant's, before If-Match", async () => {
    const missing = await host.call('PUT', '/api/providers/no-such-provider', {
      token: tokens.procurement,
      body: invalid,
    });
    expect(missing.status).toBe(404);
    const { path } = await someProvider();
    const foreign = await host.call('PUT', path, { token: tokens.otherTenant, body: invalid });
    expect(foreign.status).toBe(404);
  });

  it('4. for an existing record it answers 428 without If-Match, before reading the body', async () => {
    const { path } = await someProvider();
    const answer = await host.call('PUT', path, { token: tokens.procurement, body: 'not json' });
    expect(answer.status).toBe(428);
  });

  it('5. with If-Match it answers 400, 415 or 413 for the body, even when the version is stale', async () => {
    const { path } = await someProvider();
    const stale = '"c3RhbGU"';
    const fields = await host.call('PUT', path, { token: tokens.procurement, ifMatch: stale, body: invalid });
    expect(fields.status).toBe(400);
    expect(Object.keys(fields.body.fields)).toContain('name');
    const type = await host.call('PUT', path, {
      token: tokens.procurement,
      ifMatch: stale,
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(type.status).toBe(415);
    const size = await host.call('PUT', path, { token: tokens.procurement, ifMatch: stale, body: 'x'.repeat(300_000) });
    expect(size.status).toBe(413);
  });

  it('6. a valid body with a stale version answers 412, and the current version writes', async () => {
    const { path, etag, body } = await someProvider();
    const stale = await host.call('PUT', path, {
      token: tokens.procurement,
      ifMatch: '"c3RhbGU"',
      body: replaceBody(body),
    });
    expect(stale.status).toBe(412);
    const current = await host.call('PUT', path, { token: tokens.procurement, ifMatch: etag, body: replaceBody(body) });
    expect(current.status).toBe(200);
  });
});

it('refuses a finance user changing the settings with 403, naming no fields', async () => {
  const answer = await host.call('PUT', '/api/settings', { token: tokens.finance, body: {} });
  expect(answer.status).toBe(403);
  expect(answer.body.fields).toBeUndefined();
});

/** Non-GET routes open to every signed-in user: they compute an answer and write nothing. */
const OPEN_TO_EVERY_ROLE = ['POST /api/price-regulation/check', 'POST /api/documents/review'];

const writes = routes
  .map((declaration) => declaration.route)
  .filter((route) => route.method !== 'GET' && route.access === 'user');

it('declares the roles of every write route; only computing routes are open to every role', () => {
  const open = writes.filter((route) => !route.roles).map((route) => `${route.method} ${route.path}`);
  expect(open.sort()).toEqual([...OPEN_TO_EVERY_ROLE].sort());
});

describe.each(writes.filter((route) => route.roles).map((route) => [`${route.method} ${route.path}`, route] as const))(
  '%s',
  (_name, route) => {
    const wrong = Role.options.find((role) => !route.roles!.includes(role))!;

    it(`answers 403 to ${wrong} with an invalid body and nothing else right`, async () => {
      const token = await host.token([wrong]);
      const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'version' ? '1' : `no-${name}`));
      const body = route.body ? { unexpected: true } : undefined;
      const answer = await host.call(route.method, path, { token, body });
      expect(answer.status).toBe(403);
      expect(answer.body.fields).toBeUndefined();
    });
  },
);
