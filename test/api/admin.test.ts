// Settings, the audit trail and notifications through HTTP: roles, If-Match, validation, tenants, paging.
import { runMilestoneJob } from '../../functions/src/jobs/milestoneJob';
import { DEMO_USERS } from '../../functions/src/seed/users';
import { startHost, TENANT_A, TENANT_B, type TestHost } from './support/host';

const NOW = new Date('2026-03-15T10:00:00Z');
let tick = 0;
let host: TestHost;
let admin: string;
beforeAll(async () => {
  // A clock that moves a second per reading, so every audit event has its own time.
  host = await startHost({ now: () => new Date(NOW.getTime() + 1000 * tick++) });
  admin = await host.token(['admin']);
});
afterAll(() => host.stop());

describe('settings', () => {
  it('are read by every role with an ETag, and carry KL regulation rates per year', async () => {
    const answer = await host.call('GET', '/api/settings', { token: await host.token(['caseworker']) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toMatch(/^".+"$/);
    expect(answer.body.name).toBe('Egebæk Kommune');
    expect(answer.body.regulationRates.length).toBeGreaterThan(0);
  });

  it('are changed by an admin only, with If-Match, audited, and never in another tenant', async () => {
    const read = await host.call('GET', '/api/settings', { token: admin });
    const changed = { ...read.body, dueSoonDays: 14, regulationRates: [{ year: 2026, percent: 2.6, source: 'KL' }] };
    const refused = await host.call('PUT', '/api/settings', {
      token: await host.token(['finance']),
      body: changed,
      ifMatch: read.headers.get('etag')!,
    });
    expect(refused.status).toBe(403);
    expect((await host.call('PUT', '/api/settings', { token: admin, body: changed })).status).toBe(428);

    const put = await host.call('PUT', '/api/settings', {
      token: admin,
      body: changed,
      ifMatch: read.headers.get('etag')!,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ dueSoonDays: 14, updatedBy: { userId: 'user-admin' } });
    const stale = await host.call('PUT', '/api/settings', {
      token: admin,
      body: changed,
      ifMatch: read.headers.get('etag')!,
    });
    expect(stale.status).toBe(412);

    const audit = await host.call('GET', '/api/audit?entityId=settings', { token: admin });
    expect(audit.body.items.map((e: { summary: string }) => e.summary)).toContain('Indstillinger ændret');
    const other = await host.call('GET', '/api/settings', { token: await host.token(['admin'], TENANT_B) });
    expect(other.body).toMatchObject({ name: 'Fjordby Kommune', dueSoonDays: 30 });
  });

  it('refuses unknown fields, a year given twice and CPR-shaped text', async () => {
    const read = await host.call('GET', '/api/settings', { token: admin });
    const ifMatch = read.headers.get('etag')!;
    const put = (changes: Record<string, unknown>) =>
      host.call('PUT', '/api/settings', { token: admin, body: { ...read.body, ...changes }, ifMatch });
    const unknown = await put({ colour: 'blå' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toHaveProperty('colour');
    const twice = [
      { year: 2025, percent: 2, source: '' },
      { year: 2025, percent: 3, source: '' },
    ];
    expect((await put({ regulationRates: twice })).status).toBe(400);
    const cpr = await put({ name: 'Borger 010190-1234' });
    expect(cpr.status).toBe(422);
    expect(cpr.body.detail).toContain('CPR');
  });
});

describe('audit trail', () => {
  it('is read by admin and manager only, newest first, one page at a time', async () => {
    expect((await host.call('GET', '/api/audit', { token: await host.token(['caseworker']) })).status).toBe(403);
    for (const name of ['Bostedet Ask', 'Bostedet Birk', 'Bostedet Eg']) {
      const body = { name, cvr: '12345674', ownership: 'private', municipality: 'Køge', region: 'Sjælland' };
      const address = { street: 'Vej 1', postalCode: '4600', city: 'Køge' };
      expect((await host.call('POST', '/api/providers', { token: admin, body: { ...body, address } })).status).toBe(
        201,
      );
    }
    const manager = await host.token(['manager']);
    const first = await host.call('GET', '/api/audit?limit=2', { token: manager });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await host.call('GET', `/api/audit?limit=2&continuationToken=${first.body.continuationToken}`, {
      token: manager,
    });
    const events = [...first.body.items, ...second.body.items];
    expect(events.map((e: { summary: string }) => e.summary.replace(/ \(CVR.*$/, ''))).toEqual([
      'Oprettet: Bostedet Eg',
      'Oprettet: Bostedet Birk',
      'Oprettet: Bostedet Ask',
      expect.any(String),
    ]);
    const times = events.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await host.call('GET', '/api/audit?continuationToken=bogus', { token: manager })).status).toBe(400);
  });

  it("never shows another municipality's events", async () => {
    const a = await host.call('GET', '/api/audit?limit=200', { token: admin });
    const b = await host.call('GET', '/api/audit?limit=200', { token: await host.token(['admin'], TENANT_B) });
    const idsA = new Set(a.body.items.map((e: { id: string }) => e.id));
    expect(b.body.items.some((e: { id: string }) => idsA.has(e.id))).toBe(false);
    expect(b.body.items.some((e: { entityId: string }) => e.entityId === TENANT_A)).toBe(false);
  });
});

describe('notifications', () => {
  it("lists the signed-in user's own notifications from the milestone job, soonest first", async () => {
    const user = DEMO_USERS.caseworker1.userId;
    const token = await host.token(['caseworker'], TENANT_A, user);
    expect((await host.call('GET', '/api/notifications', { token })).body.items).toEqual([]);
    await runMilestoneJob(host.services.store, NOW);
    const answer = await host.call('GET', '/api/notifications?limit=200', { token });
    expect(answer.status).toBe(200);
    expect(answer.body.items.length).toBeGreaterThan(0);
    expect(answer.body.items.every((n: { userId: string }) => n.userId === user)).toBe(true);
    const due = answer.body.items.map((n: { dueDate: string }) => n.dueDate);
    expect([...due].sort()).toEqual(due);
    const other = await host.token(['caseworker'], TENANT_B, user);
    const theirs = await host.call('GET', '/api/notifications?limit=200', { token: other });
    const mine = new Set(answer.body.items.map((n: { id: string }) => n.id));
    expect(theirs.body.items.some((n: { id: string }) => mine.has(n.id))).toBe(false);
  });
});
