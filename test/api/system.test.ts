// Health, local sign-in and /api/me through HTTP on the local host.
import { startHost, TENANT_A, TENANT_B, type TestHost } from './support/host';

let host: TestHost;
beforeAll(async () => {
  host = await startHost();
});
afterAll(() => host.stop());

describe('health', () => {
  it('answers without sign-in with status, store and version, and security headers', async () => {
    const answer = await host.call('GET', '/api/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'ok',
      store: 'sqlite',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      auth: 'local',
      microsoft365: { activityFeed: false, meetings: false, teamMembers: 'seeded' },
    });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-security-policy')).toContain("object-src 'none'");
  });
});

describe('sign-in', () => {
  it('lists the seeded tenants with their users and roles in local mode', async () => {
    const answer = await host.call('GET', '/api/dev/tenants');
    expect(answer.body.items.map((t: { id: string }) => t.id).sort()).toEqual([TENANT_A, TENANT_B].sort());
    const roles = answer.body.items[0].users.flatMap((u: { roles: string[] }) => u.roles);
    expect(new Set(roles)).toEqual(new Set(['caseworker', 'negotiator', 'procurement', 'finance', 'manager', 'admin']));
    expect(answer.body.items[0].users[0]).toEqual({
      userId: expect.any(String),
      name: expect.any(String),
      roles: ['caseworker'],
    });
  });

  it('identifies the user by tenant and object id from a dev token', async () => {
    const token = await host.token(['caseworker'], TENANT_B, 'oid-42');
    const answer = await host.call('GET', '/api/me', { token });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      tenantId: TENANT_B,
      userId: 'oid-42',
      roles: ['caseworker'],
      tenantName: 'Fjordby Kommune',
    });
  });

  it('answers 401 without a token and for a tampered one', async () => {
    expect((await host.call('GET', '/api/me')).status).toBe(401);
    const token = await host.token(['admin']);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, tid: TENANT_B })).toString('base64url');
    expect((await host.call('GET', '/api/me', { token: `${header}.${forged}.${signature}` })).status).toBe(401);
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expect((await host.call('GET', '/api/me', { token: `${none}.${payload}.` })).status).toBe(401);
  });

  it('answers 403 for a valid token of a tenant that is not onboarded', async () => {
    const token = await host.token(['admin'], 'not-onboarded-tenant');
    const answer = await host.call('GET', '/api/me', { token });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });
});
