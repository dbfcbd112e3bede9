// Fail closed on roles: a signed-in user without a known role gets 403 everywhere but GET /api/me, which says why.
import { routes } from '../../functions/src/routes';
import { useHost } from './support/host';

const { host, tokens } = useHost({ tokens: { none: { roles: [] }, caseworker: { roles: ['caseworker'] } } });

const userRoutes = routes.map((d) => d.route).filter((r) => r.access === 'user' && r.path !== '/api/me');

it('covers every route a signed-in user can call', () => {
  expect(userRoutes.length).toBeGreaterThan(40);
});

it.each(userRoutes.map((r) => [r.method, r.path] as const))(
  'answers %s %s with 403 and a Danish reason',
  async (method, path) => {
    const url = path.replace(/\{\w+\}/g, 'some-id');
    const answer = await host.call(method, url, { token: tokens.none, body: method === 'GET' ? undefined : {} });
    expect(answer.status).toBe(403);
    expect(answer.body.detail).toMatch(/^Din bruger har ingen rolle i Køberollen/);
  },
);

it('tells the user on GET /api/me what is missing and who can fix it', async () => {
  const answer = await host.call('GET', '/api/me', { token: tokens.none });
  expect(answer.status).toBe(200);
  expect(answer.body.roles).toEqual([]);
  expect(answer.body.missing).toContain('Bed kommunens administrator om at tildele dig en rolle');
});

it('says nothing is missing to a user with a role, who still reads what any role may', async () => {
  const me = await host.call('GET', '/api/me', { token: tokens.caseworker });
  expect(me.body.missing).toBeUndefined();
  expect((await host.call('GET', '/api/cases', { token: tokens.caseworker })).status).toBe(200);
});
