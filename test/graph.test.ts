// The Graph module against a local HTTPS Graph and token endpoint: documented requests, retries, timeouts, failures.
import fs from 'node:fs';
import path from 'node:path';

import type { GraphSettings } from '../functions/src/config';
import { activityFor, createGraph, type Graph, GraphFailure } from '../functions/src/graph';
import { CLIENT_ID, CLIENT_SECRET, type FakeMicrosoft365, startFakeMicrosoft365 } from './support/fakeMicrosoft365';

const TENANT = '6f1c2a9e-3b4d-4e8a-9c21-0d5b7e4a1f01';
const USER = '11111111-2222-4333-8444-555555555555';
const TEAMS_APP_ID = 'c02b9b43-45ba-5cc3-8bf8-e0d31f40f1f2';
const NOTIFICATION = {
  id: 'ms-1-anna',
  userId: USER,
  milestoneId: 'ms-1',
  contractId: 'k-1',
  kind: 'followUp' as const,
  status: 'open' as const,
  title: 'Opfølgning på Bostedet Lærkereden',
  dueDate: '2026-04-01',
  createdAt: '2026-03-15T05:00:00.000Z',
};
const EVENT = {
  subject: 'Opfølgning: Kontrakt om botilbud',
  body: '<p>Sag: SAG-1</p>',
  start: '2026-04-01T10:00:00',
  end: '2026-04-01T11:00:00',
  timeZone: 'Romance Standard Time',
  attendees: [{ name: 'Leder', address: 'leder@bosted.dk' }],
  transactionId: 'tx-1',
};

let fake: FakeMicrosoft365;
let settings: GraphSettings;
const graphWith = (overrides: Partial<GraphSettings> = {}): Graph =>
  createGraph({ ...settings, ...overrides }, { maxRetries: 2, maxRetryAfterSeconds: 5 });

beforeAll(async () => {
  fake = await startFakeMicrosoft365();
  settings = {
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    teamsAppId: TEAMS_APP_ID,
    publicBaseUrl: 'https://koeberollen.example.dk',
    authorityHost: fake.origin,
    baseUrl: `${fake.origin}/v1.0`,
    timeoutMs: 1500,
    caFile: fake.certFile,
  };
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.graphRequests.length = 0;
  fake.tokenRequests.length = 0;
  fake.faults.length = 0;
  fake.refuseTokens = false;
  fake.violations.length = 0;
});
afterEach(() => expect(fake.violations).toEqual([]));

async function failureOf(promise: Promise<unknown>): Promise<GraphFailure> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GraphFailure)) throw new Error(`expected a GraphFailure, got ${String(error)}`);
  return error;
}

describe('activity-feed notifications (app-only)', () => {
  it('gets an app token for the municipality and posts the documented notification with it', async () => {
    await graphWith().sendActivityNotification(TENANT, USER, activityFor(NOTIFICATION, settings));
    expect(fake.tokenRequests).toHaveLength(1);
    expect(fake.tokenRequests[0]).toMatchObject({
      path: `/${TENANT}/oauth2/v2.0/token`,
      body: {
        grant_type: 'client_credentials',
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        scope: `${fake.origin}/.default`,
      },
    });
    expect(fake.graphRequests).toHaveLength(1);
    const [request] = fake.graphRequests;
    expect(request).toMatchObject({ method: 'POST', path: `/v1.0/users/${USER}/teamwork/sendActivityNotification` });
    expect(request!.headers.authorization).toBe(`Bearer app.${TENANT}`);
    expect(request!.body).toEqual({
      topic: { source: 'text', value: NOTIFICATION.title, webUrl: expect.any(String) },
      activityType: 'milestoneDueSoon',
      previewText: { content: 'Frist 01.04.2026' },
      templateParameters: [
        { name: 'milestone', value: NOTIFICATION.title },
        { name: 'dueDate', value: '01.04.2026' },
      ],
    });
    const link = new URL(request!.body.topic.webUrl);
    expect(link.pathname).toBe(`/l/entity/${TEAMS_APP_ID}/kontrakter`);
    expect(link.searchParams.get('webUrl')).toBe('https://koeberollen.example.dk/teams/#/kontrakter/k-1');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'kontrakter/k-1' });
  });

  it('reuses the token for the next call to the same municipality', async () => {
    const graph = graphWith();
    await graph.sendActivityNotification(TENANT, USER, activityFor(NOTIFICATION, settings));
    await graph.sendActivityNotification(TENANT, USER, activityFor({ ...NOTIFICATION, status: 'overdue' }, settings));
    expect(fake.tokenRequests).toHaveLength(1);
    expect(fake.graphRequests.map((r) => r.body.activityType)).toEqual(['milestoneDueSoon', 'milestoneOverdue']);
  });

  it('waits as long as 429 Retry-After says and then succeeds', async () => {
    fake.faults.push({ status: 429, headers: { 'Retry-After': '1' } });
    const started = Date.now();
    await graphWith().sendActivityNotification(TENANT, USER, activityFor(NOTIFICATION, settings));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(fake.graphRequests).toHaveLength(2);
    expect(fake.graphRequests[1]!.headers['retry-attempt']).toBe('1');
  });

  it('gives up after the retries of a lasting 503, reporting that nothing was sent', async () => {
    for (let i = 0; i < 3; i++) fake.faults.push({ status: 503, headers: { 'Retry-After': '0' } });
    const failure = await failureOf(
      graphWith().sendActivityNotification(TENANT, USER, activityFor(NOTIFICATION, settings)),
    );
    expect([failure.kind, failure.status, fake.graphRequests.length]).toEqual(['notSent', 503, 3]);
  });

  it('does not wait out a Retry-After beyond its limit: the caller gets it to try later', async () => {
    fake.faults.push({ status: 429, headers: { 'Retry-After': '120' } });
    const failure = await failureOf(
      graphWith().sendActivityNotification(TENANT, USER, activityFor(NOTIFICATION, settings)),
    );
    expect([failure.kind, failure.retryAfterSeconds, fake.graphRequests.length]).toEqual(['notSent', 120, 1]);
  });

  it('does not repeat a request answered with a server error, since Graph may have acted on it', async () => {
    fake.faults.push({ status: 500 }, { status: 504 });
    const failure = await failureOf(
      graphWith().sendActivityNotification(TENANT, USER, activityFor(NOTIFICATION, settings)),
    );
    expect([failure.kind, failure.status, fake.graphRequests.length]).toEqual(['uncertain', 500, 1]);
  });

  it('times out a request Graph does not answer', async () => {
    fake.faults.push('hang');
    const started = Date.now();
    const failure = await failureOf(
      graphWith({ timeoutMs: 300 }).sendActivityNotification(TENANT, USER, activityFor(NOTIFICATION, settings)),
    );
    expect(failure.kind).toBe('uncertain');
    expect(failure.detail).toBe('Microsoft 365 svarede ikke i tide.');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(fake.graphRequests).toHaveLength(1);
  });

  it('reports a refusal (404: the app is not installed for the user) as rejected', async () => {
    fake.faults.push({ status: 404 });
    const failure = await failureOf(
      graphWith().sendActivityNotification(TENANT, USER, activityFor(NOTIFICATION, settings)),
    );
    expect([failure.kind, failure.status]).toEqual(['rejected', 404]);
  });

  it('reports a refused app credential as not sent, without calling Graph', async () => {
    fake.refuseTokens = true;
    const failure = await failureOf(
      graphWith().sendActivityNotification(
        'a83d5e10-7c2f-4b9d-8e6a-2f4c9b1d3e02',
        USER,
        activityFor(NOTIFICATION, settings),
      ),
    );
    expect(failure.kind).toBe('notSent');
    expect(fake.graphRequests).toHaveLength(0);
  });

  it('reports an unreachable Graph as not sent', async () => {
    const failure = await failureOf(
      graphWith({ baseUrl: 'https://127.0.0.1:1/v1.0' }).sendActivityNotification(
        TENANT,
        USER,
        activityFor(NOTIFICATION, settings),
      ),
    );
    expect([failure.kind, failure.detail]).toEqual(['notSent', 'Microsoft 365 kunne ikke nås.']);
  });

  it('uses only activity types the Teams manifest declares, with the placeholders their texts name', () => {
    const template = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../manifest/teams/manifest.template.json'), 'utf8'),
    );
    const declared = new Map<string, string>(
      template.activities.activityTypes.map((t: { type: string; templateText: string }) => [t.type, t.templateText]),
    );
    for (const status of ['open', 'overdue'] as const) {
      const activity = activityFor({ ...NOTIFICATION, status }, settings);
      const text = declared.get(activity.activityType);
      expect(text).toBeDefined();
      const placeholders = [...text!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(activity.templateParameters).sort()).toEqual(placeholders);
    }
  });
});

describe('delegated calls (on behalf of the user)', () => {
  it('exchanges the user token and creates the event in the user calendar', async () => {
    const created = await graphWith().createEvent(TENANT, 'user-token-1', EVENT);
    expect(created).toEqual({ id: expect.stringMatching(/^AAMk/), webLink: expect.stringMatching(/^https:/) });
    expect(fake.tokenRequests[0]!.body).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion: 'user-token-1',
      requested_token_use: 'on_behalf_of',
      client_id: CLIENT_ID,
      scope: expect.stringContaining(`${fake.origin}/.default`),
    });
    const [request] = fake.graphRequests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1.0/me/events' });
    expect(request!.headers.authorization).toBe(`Bearer user.${TENANT}.user-token-1`);
    expect(request!.body).toEqual({
      subject: EVENT.subject,
      body: { contentType: 'HTML', content: EVENT.body },
      start: { dateTime: EVENT.start, timeZone: EVENT.timeZone },
      end: { dateTime: EVENT.end, timeZone: EVENT.timeZone },
      attendees: [{ emailAddress: { address: 'leder@bosted.dk', name: 'Leder' }, type: 'required' }],
      allowNewTimeProposals: true,
      transactionId: 'tx-1',
    });
  });

  it('reads every page of a team and serves it from the cache for a while', async () => {
    const graph = graphWith();
    const members = await graph.listTeamMembers(TENANT, 'user-token-2', 'team-1');
    expect(members.map((m) => m.name)).toEqual(['Medlem 1', 'Medlem 2', 'Medlem 3']);
    expect(members[0]).toEqual({
      userId: '00000000-0000-4000-8000-000000000001',
      name: 'Medlem 1',
      email: 'medlem1@kommune.dk',
    });
    expect(fake.graphRequests.map((r) => [r.method, r.path, r.query])).toEqual([
      ['GET', '/v1.0/teams/team-1/members', ''],
      ['GET', '/v1.0/teams/team-1/members', '$skiptoken=page2'],
    ]);
    expect(await graph.listTeamMembers(TENANT, 'user-token-2', 'team-1')).toEqual(members);
    expect(fake.graphRequests).toHaveLength(2);
  });
});
