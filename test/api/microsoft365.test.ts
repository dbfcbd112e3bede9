// Follow-up meetings, team members and notification delivery through HTTP, with and without Microsoft 365.
import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';

import { createGraph } from '../../functions/src/graph';
import { runMilestoneJob } from '../../functions/src/jobs/milestoneJob';
import { CLIENT_ID, CLIENT_SECRET, type FakeMicrosoft365, startFakeMicrosoft365 } from '../support/fakeMicrosoft365';
import { auditActions, CASEWORKER, expectStatus, NOW, useCaseHost } from './support/caseFixtures';
import { TENANT_A } from './support/host';

const { host, a, b, refs, contract } = useCaseHost('contract');
const TEAMS_APP_ID = 'c02b9b43-45ba-5cc3-8bf8-e0d31f40f1f2';
const meetingBody = { start: '2026-06-24T10:00', durationMinutes: 45 };

async function milestones(): Promise<Milestone[]> {
  const answer = await host.call('GET', `/api/milestones?contractId=${contract.id}&limit=100`, { token: a.manager });
  return expectStatus(answer, 200).body.items;
}

/** The open follow-up milestones of the test contract, earliest first. */
async function followUps(): Promise<Milestone[]> {
  return (await milestones()).filter((m) => m.kind === 'followUp' && m.status !== 'done');
}

const book = (id: string, token = a.caseworker, body: object = meetingBody) =>
  host.call('POST', `/api/milestones/${id}/meeting`, { token, body });

describe('without Microsoft 365 (local mode)', () => {
  it('says so in health, so a UI can hide meetings and tell that Teams delivery is off', async () => {
    const health = expectStatus(await host.call('GET', '/api/health'), 200);
    expect(health.body.microsoft365).toEqual({ activityFeed: false, meetings: false, teamMembers: 'seeded' });
  });

  it('refuses to book a meeting with a Danish explanation, and changes nothing', async () => {
    const [first] = await followUps();
    const answer = await book(first!.id);
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toContain('ikke forbundet til Microsoft 365');
    expect((await followUps())[0]!.meeting).toBeUndefined();
  });

  it('offers the seeded users as team members, to those who assign cases', async () => {
    const answer = expectStatus(await host.call('GET', '/api/teams/any-team/members', { token: a.manager }), 200);
    expect(answer.body.source).toBe('seeded');
    expect(answer.body.items).toEqual(
      expect.arrayContaining([{ userId: 'demo-caseworker-1', name: 'Mette Lund Sørensen' }]),
    );
    expect((await host.call('GET', '/api/teams/any-team/members', { token: a.finance })).status).toBe(403);
  });

  it('shows each notification with its delivery state, left pending', async () => {
    await runMilestoneJob(host.services.store, NOW);
    const token = await host.token(['caseworker'], TENANT_A, CASEWORKER.userId);
    const answer = expectStatus(await host.call('GET', '/api/notifications?limit=100', { token }), 200);
    expect(answer.body.items.length).toBeGreaterThan(0);
    for (const item of answer.body.items) expect(item.delivery).toEqual({ state: 'pending', attempts: 0 });
  });
});

describe('with Microsoft 365', () => {
  let fake: FakeMicrosoft365;
  beforeAll(async () => {
    fake = await startFakeMicrosoft365();
    const settings = {
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      teamsAppId: TEAMS_APP_ID,
      publicBaseUrl: 'https://koeberollen.example.dk',
      authorityHost: fake.origin,
      baseUrl: `${fake.origin}/v1.0`,
      timeoutMs: 1000,
      caFile: fake.certFile,
    };
    host.services.graph = { api: createGraph(settings, { maxRetries: 1, maxRetryAfterSeconds: 1 }), ...settings };
    // The provider's contact is invited.
    const provider = await host.services.store.get<Provider>(TENANT_A, 'provider', refs.providerId);
    const contacts = [{ name: 'Lone Leder', role: 'Forstander', email: 'lone@laerkereden.dk' }];
    await host.services.store.write(TENANT_A, [
      { op: 'upsert', kind: 'provider', id: refs.providerId, body: { ...provider!.body, contacts } },
    ]);
  });
  afterAll(async () => {
    delete host.services.graph;
    await fake.close();
  });
  beforeEach(() => {
    fake.graphRequests.length = 0;
    fake.faults.length = 0;
  });
  afterEach(() => expect(fake.violations).toEqual([]));

  it('says so in health', async () => {
    const health = expectStatus(await host.call('GET', '/api/health'), 200);
    expect(health.body.microsoft365).toEqual({ activityFeed: true, meetings: true, teamMembers: 'graph' });
  });

  it("books the meeting in the caller's calendar, stores the event id and audits it", async () => {
    const [first] = await followUps();
    const answer = expectStatus(await book(first!.id), 201);
    expect(answer.body).toEqual({
      milestoneId: first!.id,
      existing: false,
      meeting: {
        eventId: expect.stringMatching(/^AAMk/),
        webLink: expect.stringMatching(/^https:\/\/outlook/),
        start: '2026-06-24T10:00',
        bookedAt: NOW.toISOString(),
        bookedBy: expect.objectContaining({ userId: expect.any(String) }),
      },
    });
    const [request] = fake.graphRequests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1.0/me/events' });
    expect(request!.headers.authorization).toBe(`Bearer user.${TENANT_A}.${a.caseworker}`);
    expect(request!.body).toMatchObject({
      start: { dateTime: '2026-06-24T10:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2026-06-24T10:45:00', timeZone: 'Romance Standard Time' },
      attendees: [{ emailAddress: { address: 'lone@laerkereden.dk', name: 'Lone Leder' }, type: 'required' }],
    });
    expect(request!.body.body.content).toContain('Sag: SAG-');
    expect(request!.body.body.content).toContain(`https://koeberollen.example.dk/teams/#/kontrakter/${contract.id}`);
    const stored = (await milestones()).find((m) => m.id === first!.id);
    expect(stored?.meeting?.eventId).toBe(answer.body.meeting.eventId);
    expect(await auditActions(host, a.admin, first!.id)).toContain('update');
  });

  it('answers the existing meeting when booked twice, without a second event', async () => {
    const [first] = await followUps();
    const again = expectStatus(await book(first!.id, a.negotiator), 200);
    expect(again.body).toMatchObject({ existing: true, meeting: { eventId: first!.meeting!.eventId } });
    expect(fake.graphRequests).toHaveLength(0);
  });

  it('keeps the booked meeting when the contract is saved again', async () => {
    const [first] = await followUps();
    const current = expectStatus(await host.call('GET', `/api/contracts/${contract.id}`, { token: a.negotiator }), 200);
    const { id: _id, ...body } = current.body;
    const saved = await host.call('PUT', `/api/contracts/${contract.id}`, {
      token: a.negotiator,
      body: { ...body, title: 'Kontrakt om midlertidigt botilbud (rettet)' },
      ifMatch: current.headers.get('etag')!,
    });
    expect(saved.status).toBe(200);
    expect((await followUps()).find((m) => m.id === first!.id)?.meeting).toEqual(first!.meeting);
  });

  it("refuses other roles and other municipalities' milestones", async () => {
    const [, second] = await followUps();
    expect((await book(second!.id, a.finance)).status).toBe(403);
    expect((await book(second!.id, b.caseworker)).status).toBe(404);
    expect(fake.graphRequests).toHaveLength(0);
  });

  it('books only from follow-up milestones, inviting only the provider contacts', async () => {
    const other = (await milestones()).find((m) => m.kind !== 'followUp' && m.status !== 'done');
    expect((await book(other!.id)).status).toBe(422);
    const [, second] = await followUps();
    const stranger = await book(second!.id, a.caseworker, { ...meetingBody, attendeeEmail: 'x@example.com' });
    expect([stranger.status, stranger.body.detail]).toEqual([422, expect.stringContaining('ikke en kontaktperson')]);
    expect(fake.graphRequests).toHaveLength(0);
  });

  it('answers 503 with Retry-After while Graph is unavailable, and books nothing', async () => {
    const [, second] = await followUps();
    fake.faults.push(
      { status: 503, headers: { 'Retry-After': '0' } },
      { status: 503, headers: { 'Retry-After': '1' } },
    );
    const answer = await book(second!.id);
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([503, '1']);
    expect(fake.graphRequests).toHaveLength(2);
    expect(answer.body.detail).toContain('Microsoft 365');
    expect((await followUps())[1]!.meeting).toBeUndefined();
  });

  it('answers 422 naming the refusal when Graph refuses the app', async () => {
    const [, second] = await followUps();
    fake.faults.push({ status: 403 });
    const answer = await book(second!.id);
    expect([answer.status, answer.body.detail]).toEqual([422, expect.stringContaining('tilladelser')]);
  });

  it('lists the team members from Graph on behalf of the caller', async () => {
    const answer = expectStatus(await host.call('GET', '/api/teams/team-42/members', { token: a.manager }), 200);
    expect(answer.body.source).toBe('graph');
    expect(answer.body.items.map((m: { name: string }) => m.name)).toEqual(['Medlem 1', 'Medlem 2', 'Medlem 3']);
    expect(fake.graphRequests[0]).toMatchObject({ method: 'GET', path: '/v1.0/teams/team-42/members' });
    expect(fake.graphRequests[0]!.headers.authorization).toBe(`Bearer user.${TENANT_A}.${a.manager}`);
  });
});
