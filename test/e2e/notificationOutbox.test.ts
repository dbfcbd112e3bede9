// At most once across a crash: the built job process is killed after Graph received a reminder but before the
// outcome was recorded; later runs never send that reminder again.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Notification } from '@koberollen/shared/domain/notification';

import { createGraph } from '../../functions/src/graph';
import { milestoneIndex } from '../../functions/src/indexes/milestone';
import { runMilestoneJob } from '../../functions/src/jobs/milestoneJob';
import { deliverNotifications, SENDING_LEASE_MS } from '../../functions/src/jobs/notificationDelivery';
import { collectAll } from '../../functions/src/records/collect';
import { SqliteRepository } from '../../functions/src/store/sqlite';
import { SYSTEM_PARTITION } from '../../functions/src/store/types';
import { CLIENT_ID, CLIENT_SECRET, type FakeMicrosoft365, startFakeMicrosoft365 } from '../support/fakeMicrosoft365';
import { inheritedEnv } from './support/host';

const ROOT = path.resolve(__dirname, '../..');
const JOBS = path.join(ROOT, 'functions/dist/jobs.js');
const TENANT = '6f1c2a9e-3b4d-4e8a-9c21-0d5b7e4a1f01';
const TEAMS_APP_ID = 'c02b9b43-45ba-5cc3-8bf8-e0d31f40f1f2';

let fake: FakeMicrosoft365;
let dataDir: string;
const storeFile = () => path.join(dataDir, 'koberollen.sqlite');

/** Starts `node functions/dist/jobs.js notifications` as deployed: entra mode with Graph settings. */
function startJob() {
  const inherited = inheritedEnv();
  const child = spawn(process.execPath, [JOBS, 'notifications'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      AUTH_MODE: 'entra',
      ENTRA_AUDIENCE: 'api://koeberollen.example.dk/app',
      ENTRA_ISSUER: 'https://login.microsoftonline.com/{tenantid}/v2.0',
      ENTRA_JWKS_URI: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
      ENTRA_CLIENT_ID: CLIENT_ID,
      ENTRA_CLIENT_SECRET: CLIENT_SECRET,
      TEAMS_APP_ID,
      PUBLIC_BASE_URL: 'https://koeberollen.example.dk',
      GRAPH_AUTHORITY_HOST: fake.origin,
      GRAPH_BASE_URL: `${fake.origin}/v1.0`,
      GRAPH_CA_FILE: fake.certFile,
      DATA_DIR: dataDir,
      SEED_DEMO_DATA: 'false',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function deliveryNow() {
  const store = new SqliteRepository(storeFile());
  try {
    return (await collectAll<Notification>(store, TENANT, 'notification'))[0]?.delivery;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  if (!fs.existsSync(JOBS))
    throw new Error('This test needs a build: run `npm run build` first (functions/dist/jobs.js)');
  fake = await startFakeMicrosoft365();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-crash-'));
  const store = new SqliteRepository(storeFile());
  await store.write(SYSTEM_PARTITION, [
    { op: 'create', kind: 'tenant', id: TENANT, body: { id: TENANT, name: 'Test' } },
  ]);
  const today = new Date();
  const due = new Date(today.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const milestone: Milestone = {
    id: 'follow-up',
    contractId: 'c1',
    caseId: 's1',
    kind: 'followUp',
    title: 'Opfølgning på tilbuddet',
    dueDate: due,
    status: 'open',
    assignees: [{ userId: '11111111-2222-4333-8444-555555555555', name: 'Anna' }],
  };
  await store.write(TENANT, [
    { op: 'create', kind: 'milestone', id: milestone.id, body: milestone, index: milestoneIndex(milestone, 'active') },
  ]);
  await runMilestoneJob(store, today);
  await store.close();
});
afterAll(async () => {
  await fake.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('never sends a reminder twice when the process dies between sending and recording', async () => {
  // Graph receives the reminder and the process is killed before it hears back: the outcome is never recorded.
  fake.faults.push('hang');
  const arrived = fake.nextGraphRequest();
  const first = startJob();
  const request = await arrived;
  expect(request.path).toMatch(/\/teamwork\/sendActivityNotification$/);
  first.child.kill('SIGKILL');
  expect(await first.exited).toBeNull();
  expect(await deliveryNow()).toMatchObject({ state: 'sending', attempts: 1 });

  // A new run finds the attempt recorded and does not send it again.
  const second = startJob();
  expect(await second.exited).toBe(0);
  expect(second.output()).toContain('0 sent');
  expect(await deliveryNow()).toMatchObject({ state: 'sending', attempts: 1 });

  // Once the lease is over the interrupted attempt is reconciled as failed, still without sending.
  const store = new SqliteRepository(storeFile());
  try {
    const graph = {
      api: createGraph({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        teamsAppId: TEAMS_APP_ID,
        publicBaseUrl: 'https://koeberollen.example.dk',
        authorityHost: fake.origin,
        baseUrl: `${fake.origin}/v1.0`,
        timeoutMs: 1000,
        caFile: fake.certFile,
      }),
      teamsAppId: TEAMS_APP_ID,
      publicBaseUrl: 'https://koeberollen.example.dk',
    };
    const later = () => new Date(Date.now() + SENDING_LEASE_MS + 1000);
    expect(await deliverNotifications(store, graph, later)).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
      interrupted: 1,
    });
    expect(await deliverNotifications(store, graph, later)).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
      interrupted: 0,
    });
  } finally {
    await store.close();
  }
  expect(await deliveryNow()).toMatchObject({
    state: 'failed',
    attempts: 1,
    lastError: expect.stringContaining('afbrudt'),
  });
  expect(fake.graphRequests.filter((r) => r.path.endsWith('/sendActivityNotification'))).toHaveLength(1);
  expect(fake.violations).toEqual([]);
});
