// The notification outbox against a real SQLite store and the local Graph stand-in: each reminder reaches Teams once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Delivery } from '@koberollen/shared/domain/delivery';
import type { Notification } from '@koberollen/shared/domain/notification';

import { createGraph, type GraphAccess } from '../functions/src/graph';
import { milestoneIndex } from '../functions/src/indexes/milestone';
import { runMilestoneJob } from '../functions/src/jobs/milestoneJob';
import { deliverNotifications, MAX_ATTEMPTS, SENDING_LEASE_MS } from '../functions/src/jobs/notificationDelivery';
import { collectAll } from '../functions/src/records/collect';
import { SqliteRepository } from '../functions/src/store/sqlite';
import { SYSTEM_PARTITION } from '../functions/src/store/types';
import { CLIENT_ID, CLIENT_SECRET, type FakeMicrosoft365, startFakeMicrosoft365 } from './support/fakeMicrosoft365';

const TENANT = '6f1c2a9e-3b4d-4e8a-9c21-0d5b7e4a1f01';
const NOW = new Date('2026-05-10T04:00:00Z');
const anna = { userId: '11111111-2222-4333-8444-555555555555', name: 'Anna' };

let fake: FakeMicrosoft365;
let graph: GraphAccess;
let dir: string;
let store: SqliteRepository;

beforeAll(async () => {
  fake = await startFakeMicrosoft365();
  const settings = {
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    teamsAppId: 'c02b9b43-45ba-5cc3-8bf8-e0d31f40f1f2',
    publicBaseUrl: 'https://koeberollen.example.dk',
    authorityHost: fake.origin,
    baseUrl: `${fake.origin}/v1.0`,
    timeoutMs: 500,
    caFile: fake.certFile,
  };
  graph = { api: createGraph(settings, { maxRetries: 1, maxRetryAfterSeconds: 1 }), ...settings };
});
afterAll(() => fake.close());

beforeEach(async () => {
  fake.graphRequests.length = 0;
  fake.faults.length = 0;
  fake.violations.length = 0;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-outbox-'));
  store = new SqliteRepository(path.join(dir, 'test.sqlite'));
  await store.write(SYSTEM_PARTITION, [
    { op: 'create', kind: 'tenant', id: TENANT, body: { id: TENANT, name: 'Test' } },
  ]);
  const milestone: Milestone = {
    id: 'soon',
    contractId: 'c1',
    caseId: 's1',
    kind: 'followUp',
    title: 'Opfølgning',
    dueDate: '2026-05-20',
    status: 'open',
    assignees: [anna],
  };
  await store.write(TENANT, [
    { op: 'create', kind: 'milestone', id: milestone.id, body: milestone, index: milestoneIndex(milestone, 'active') },
  ]);
  await runMilestoneJob(store, NOW);
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const at = (ms: number) => () => new Date(NOW.getTime() + ms);
const deliveryOf = async (): Promise<Delivery | undefined> =>
  (await collectAll<Notification>(store, TENANT, 'notification'))[0]?.delivery;
const sends = () => fake.graphRequests.filter((r) => r.path.endsWith('/sendActivityNotification'));

it('puts each new notification into the outbox as pending', async () => {
  expect(await deliveryOf()).toEqual({ state: 'pending', attempts: 0 });
});

it('leaves everything pending when Teams delivery is off, pretending nothing', async () => {
  expect(await deliverNotifications(store, undefined, at(0))).toEqual({
    sent: 0,
    retrying: 0,
    failed: 0,
    interrupted: 0,
  });
  expect(await deliveryOf()).toEqual({ state: 'pending', attempts: 0 });
  expect(fake.graphRequests).toHaveLength(0);
});

it('sends a pending notification once and records it as sent', async () => {
  expect(await deliverNotifications(store, graph, at(0))).toMatchObject({ sent: 1 });
  expect(await deliveryOf()).toEqual({
    state: 'sent',
    attempts: 1,
    lastAttemptAt: NOW.toISOString(),
    sentAt: NOW.toISOString(),
  });
  expect(await deliverNotifications(store, graph, at(60_000))).toMatchObject({ sent: 0 });
  // The daily job running again keeps the notification, and with it the record that it was sent.
  await runMilestoneJob(store, at(3600_000)());
  expect(await deliverNotifications(store, graph, at(7200_000))).toMatchObject({ sent: 0 });
  expect(sends()).toHaveLength(1);
  expect(sends()[0]!.path).toBe(`/v1.0/users/${anna.userId}/teamwork/sendActivityNotification`);
});

it('sends again when the milestone turns overdue: that is a new reminder', async () => {
  await deliverNotifications(store, graph, at(0));
  const overdue = new Date('2026-05-21T04:00:00Z');
  await runMilestoneJob(store, overdue);
  expect(await deliveryOf()).toEqual({ state: 'pending', attempts: 0 });
  await deliverNotifications(store, graph, () => overdue);
  expect(sends().map((r) => r.body.activityType)).toEqual(['milestoneDueSoon', 'milestoneOverdue']);
});

it('retries with backoff while Graph is throttling, up to the limit, then gives up', async () => {
  for (let i = 0; i < 2 * MAX_ATTEMPTS; i++) fake.faults.push({ status: 503, headers: { 'Retry-After': '0' } });
  expect(await deliverNotifications(store, graph, at(0))).toMatchObject({ retrying: 1 });
  const first = await deliveryOf();
  expect(first).toMatchObject({ state: 'pending', attempts: 1, lastError: expect.stringContaining('utilgængelig') });
  expect(Date.parse(first!.nextAttemptAt!)).toBe(NOW.getTime() + 60_000);
  // Not before its time.
  expect(await deliverNotifications(store, graph, at(30_000))).toMatchObject({ retrying: 0 });
  let clock = 0;
  for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
    clock = Date.parse((await deliveryOf())!.nextAttemptAt!) - NOW.getTime();
    await deliverNotifications(store, graph, at(clock));
  }
  expect(await deliveryOf()).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS });
  const requests = sends().length;
  expect(requests).toBe(2 * MAX_ATTEMPTS); // each attempt: one request and one retry within the call
  await deliverNotifications(store, graph, at(clock + 24 * 3600_000));
  expect(sends()).toHaveLength(requests);
});

it('waits at least as long as a Retry-After beyond the in-call limit asks', async () => {
  fake.faults.push({ status: 429, headers: { 'Retry-After': '600' } });
  await deliverNotifications(store, graph, at(0));
  expect(Date.parse((await deliveryOf())!.nextAttemptAt!)).toBe(NOW.getTime() + 600_000);
});

it('never resends after a timeout, since the reminder may have arrived', async () => {
  fake.faults.push('hang');
  expect(await deliverNotifications(store, graph, at(0))).toMatchObject({ failed: 1 });
  expect(await deliveryOf()).toMatchObject({ state: 'failed', lastError: 'Microsoft 365 svarede ikke i tide.' });
  await deliverNotifications(store, graph, at(24 * 3600_000));
  expect(sends()).toHaveLength(1);
});

it('never resends after a server error, since the reminder may have arrived', async () => {
  fake.faults.push({ status: 502 });
  expect(await deliverNotifications(store, graph, at(0))).toMatchObject({ failed: 1 });
  expect(await deliveryOf()).toMatchObject({ state: 'failed', attempts: 1, lastError: expect.stringContaining('502') });
  await deliverNotifications(store, graph, at(24 * 3600_000));
  expect(sends()).toHaveLength(1);
});

it('marks a delivery interrupted mid-send failed once its lease is over, without sending it again', async () => {
  const [doc] = (await store.list<Notification>(TENANT, 'notification', { limit: 10 })).items;
  const sending: Delivery = { state: 'sending', attempts: 1, lastAttemptAt: NOW.toISOString() };
  await store.write(TENANT, [
    { op: 'replace', kind: 'notification', id: doc!.id, body: { ...doc!.body, delivery: sending }, ifMatch: doc!.etag },
  ]);
  expect(await deliverNotifications(store, graph, at(SENDING_LEASE_MS - 1000))).toMatchObject({ interrupted: 0 });
  expect(await deliveryOf()).toEqual(sending);
  expect(await deliverNotifications(store, graph, at(SENDING_LEASE_MS))).toMatchObject({ interrupted: 1 });
  expect(await deliveryOf()).toMatchObject({
    state: 'failed',
    attempts: 1,
    lastError: expect.stringContaining('afbrudt'),
  });
  expect(sends()).toHaveLength(0);
});
