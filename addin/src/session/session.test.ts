// Entra sign-in in the task pane: who the user is comes from GET /api/me; a user without a role is told what is missing.
import { BootstrapError } from './bootstrapApi';
import { entraSession } from './session';

const me = { tenantId: 't-1', tenantName: 'Søby Kommune', userId: 'u-1', name: 'Mette' };
const token = () => Promise.resolve({ token: 'a.b.c', expiresInSeconds: 3600 });

function answering(body: unknown) {
  globalThis.fetch = jest.fn(() =>
    Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(body) }),
  ) as unknown as typeof globalThis.fetch;
}

it('signs in a user with a role', async () => {
  answering({ ...me, roles: ['negotiator'] });
  await expect(entraSession('https://x.example', token)).resolves.toMatchObject({
    user: { userId: 'u-1', roles: ['negotiator'] },
  });
});

it('refuses a user without a role with the reason the API gives', async () => {
  answering({ ...me, roles: [], missing: 'Din bruger har ingen rolle i Køberollen.' });
  const refused = entraSession('https://x.example', token);
  await expect(refused).rejects.toBeInstanceOf(BootstrapError);
  await expect(refused).rejects.toMatchObject({ status: 403, message: 'Din bruger har ingen rolle i Køberollen.' });
});
