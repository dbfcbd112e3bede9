// Timers across hosts: two hosts on one SQLite file run each occurrence once, a missed occurrence runs at start, and
// a crashed holder's lease expires so another host takes the occurrence over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { AuditEvent } from '@koberollen/shared/domain/audit';

import { collectAll } from '../records/collect';
import { SqliteRepository } from '../store/sqlite';
import { SYSTEM_PARTITION } from '../store/types';
import { claimOccurrence, readLease } from './timerLease';
import { runDueOccurrence } from './timerRun';
import type { JobServices, TimerDeclaration } from './timers';

let dir: string;
let hostA: SqliteRepository;
let hostB: SqliteRepository;
let runs: string[];
let clock: Date;

/** A daily 05:00 timer that notes which host ran it and when, taking a little while as a real run does. */
const daily: TimerDeclaration = {
  name: 'test-daily',
  schedule: '0 0 5 * * *',
  leaseMs: 30 * 60_000,
  async run(services) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    runs.push(`${services.store === hostA ? 'A' : 'B'} ${services.now().toISOString()}`);
  },
};

const services = (store: SqliteRepository): JobServices => ({ store, now: () => clock });
const noLog = () => undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-timers-'));
  hostA = new SqliteRepository(path.join(dir, 'shared.sqlite'));
  hostB = new SqliteRepository(path.join(dir, 'shared.sqlite'));
  runs = [];
});

afterEach(async () => {
  await hostA.close();
  await hostB.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('runs each occurrence once when two hosts on one store fire together', async () => {
  clock = new Date('2026-12-07T05:00:00.010Z');
  const outcomes = await Promise.all([
    runDueOccurrence(daily, services(hostA), 'host-a', noLog),
    runDueOccurrence(daily, services(hostB), 'host-b', noLog),
  ]);
  expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
  expect(runs).toHaveLength(1);

  // Later the same day both see it done; the next morning one of them runs again.
  clock = new Date('2026-12-07T09:00:00Z');
  await runDueOccurrence(daily, services(hostA), 'host-a', noLog);
  await runDueOccurrence(daily, services(hostB), 'host-b', noLog);
  expect(runs).toHaveLength(1);
  clock = new Date('2026-12-08T05:00:00Z');
  const next = await Promise.all([
    runDueOccurrence(daily, services(hostB), 'host-b', noLog),
    runDueOccurrence(daily, services(hostA), 'host-a', noLog),
  ]);
  expect(next.filter((o) => o.ran)).toHaveLength(1);
  expect(runs).toHaveLength(2);
  expect((await readLease(hostA, daily.name))?.body.completedOccurrence).toBe('2026-12-08T05:00:00.000Z');
});

it('runs an occurrence missed while no host ran at start, and not one already run', async () => {
  clock = new Date('2026-12-06T05:00:00Z');
  expect((await runDueOccurrence(daily, services(hostA), 'host-a', noLog)).ran).toBe(true);
  // Down from before 05:00 the next day until 14:10: the start runs the missed occurrence.
  clock = new Date('2026-12-07T14:10:00Z');
  const start = await runDueOccurrence(daily, services(hostB), 'host-b', noLog);
  expect(start).toEqual({ ran: true, occurrence: new Date('2026-12-07T05:00:00Z') });
  // A restart the same day finds it run.
  clock = new Date('2026-12-07T16:00:00Z');
  expect(await runDueOccurrence(daily, services(hostA), 'host-a', noLog)).toEqual({ ran: false, reason: 'done' });
  expect(runs).toEqual(['A 2026-12-06T05:00:00.000Z', 'B 2026-12-07T14:10:00.000Z']);
});

it("takes over a crashed holder's occurrence once its lease has expired", async () => {
  clock = new Date('2026-12-07T05:00:00Z');
  // Host A takes the occurrence and stops before finishing it.
  const claim = await claimOccurrence(hostA, daily.name, clock, 'host-a', clock, daily.leaseMs);
  expect(claim.taken).toBe(true);

  clock = new Date('2026-12-07T05:10:00Z');
  const held = await runDueOccurrence(daily, services(hostB), 'host-b', noLog);
  expect(held).toEqual({ ran: false, reason: 'held', leaseUntil: '2026-12-07T05:30:00.000Z' });
  expect(runs).toEqual([]);

  clock = new Date('2026-12-07T05:30:01Z');
  expect((await runDueOccurrence(daily, services(hostB), 'host-b', noLog)).ran).toBe(true);
  expect(runs).toEqual(['B 2026-12-07T05:30:01.000Z']);
  const lease = (await readLease(hostA, daily.name))?.body;
  expect(lease).toEqual({
    timer: daily.name,
    completedOccurrence: '2026-12-07T05:00:00.000Z',
    completedAt: '2026-12-07T05:30:01.000Z',
  });

  // Each start and end is in the audit trail, the take-over naming the expired lease.
  const audit = await collectAll<AuditEvent>(hostA, SYSTEM_PARTITION, 'audit');
  const summaries = audit.filter((e) => e.entityId === daily.name).map((e) => e.summary);
  expect(summaries.sort()).toEqual([
    'Kørslen test-daily 2026-12-07T05:00:00.000Z gennemført',
    'Kørslen test-daily 2026-12-07T05:00:00.000Z startet af host-a',
    'Kørslen test-daily 2026-12-07T05:00:00.000Z startet af host-b; den forrige lease (host-a) var udløbet',
  ]);
});

it('leaves the lease to expire when a run fails, and runs the occurrence again after', async () => {
  clock = new Date('2026-12-07T05:00:00Z');
  const failing: TimerDeclaration = { ...daily, run: () => Promise.reject(new Error('store down')) };
  await expect(runDueOccurrence(failing, services(hostA), 'host-a', noLog)).rejects.toThrow('store down');
  clock = new Date('2026-12-07T05:31:00Z');
  expect((await runDueOccurrence(daily, services(hostB), 'host-b', noLog)).ran).toBe(true);
  expect(runs).toHaveLength(1);
});
