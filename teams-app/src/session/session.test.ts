// The Teams sign-in: who the user is comes from GET /api/me, and a user without a role gets the API's reason.
import { teamsSession } from './session';

const me = { tenantId: 't-1', tenantName: 'Søby Kommune', userId: 'u-1', name: 'Mette' };

function answering(body: unknown): jest.Mock {
  const fetch = jest.fn(() =>
    Promise.resolve({
      ok: true,
      status: 200,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      text: () => Promise.resolve(JSON.stringify(body)),
    }),
  );
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return fetch;
}

it('signs in a user with a role as the user GET /api/me names', async () => {
  answering({ ...me, roles: ['caseworker'] });
  const session = await teamsSession('https://x.example', () => Promise.resolve('token'));
  expect('missing' in session).toBe(false);
  if (!('missing' in session)) expect(session.user).toMatchObject({ userId: 'u-1', roles: ['caseworker'] });
});

it('answers with what is missing for a user without a role', async () => {
  answering({ ...me, roles: [], missing: 'Din bruger har ingen rolle i Køberollen.' });
  await expect(teamsSession('https://x.example', () => Promise.resolve('token'))).resolves.toEqual({
    missing: 'Din bruger har ingen rolle i Køberollen.',
  });
});
