// Offboarding through HTTP: a municipality's token that read its cases is refused with a Danish 403 right after the
// offboarding job ran against the store, while another municipality's users read on.
import { offboardTenant } from '../../functions/src/jobs/offboard';
import { TENANT_A, TENANT_B, useHost } from './support/host';

const { host, tokens } = useHost({
  tokens: { leaving: { roles: ['caseworker'] }, staying: { roles: ['caseworker'], tenantId: TENANT_B } },
});

it('refuses the offboarded municipality at once and serves the others', async () => {
  expect((await host.call('GET', '/api/cases', { token: tokens.leaving })).status).toBe(200);
  expect((await host.call('GET', '/api/cases', { token: tokens.staying })).status).toBe(200);

  await offboardTenant(host.services.store, TENANT_A, new Date());

  for (const url of ['/api/cases', '/api/me']) {
    const refused = await host.call('GET', url, { token: tokens.leaving });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('Kommunen er ikke oprettet i Køberollen. Kontakt jeres administrator.');
  }
  expect((await host.call('GET', '/api/cases', { token: tokens.staying })).status).toBe(200);
});
