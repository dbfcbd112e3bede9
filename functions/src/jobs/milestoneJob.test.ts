// The milestone job against a real SQLite store: overdue marking, notifications per assignee, idempotence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Notification } from '@koberollen/shared/domain/notification';

import { milestoneIndex } from '../indexes/milestone';
import { collectAll } from '../records/collect';
import { SqliteRepository } from '../store/sqlite';
import { SYSTEM_PARTITION } from '../store/types';
import { runMilestoneJob } from './milestoneJob';

const TENANT = 'tenant-job';
const NOW = new Date('2026-05-10T04:00:00Z');
const anna = { userId: 'anna', name: 'Anna' };
const bo = { userId: 'bo', name: 'Bo' };

function milestone(id: string, dueDate: string, status: Milestone['status'] = 'open'): Milestone {
  return {
    id,
    contractId: 'c1',
    caseId: 's1',
    kind: 'followUp',
    title: 'Opfølgning',
    dueDate,
    status,
    assignees: [anna, bo],
  };
}

let dir: string;
let store: SqliteRepository;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-job-'));
  store = new SqliteRepository(path.join(dir, 'test.sqlite'));
  await store.write(SYSTEM_PARTITION, [
    { op: 'create', kind: 'tenant', id: TENANT, body: { id: TENANT, name: 'Test' } },
  ]);
  const milestones = [
    milestone('late', '2026-05-01'),
    milestone('soon', '2026-05-20'),
    milestone('later', '2026-09-01'),
    milestone('finished', '2026-04-01', 'done'),
  ];
  await store.write(
    TENANT,
    milestones.map((m) => ({
      op: 'create' as const,
      kind: 'milestone' as const,
      id: m.id,
      body: m,
      index: milestoneIndex(m, 'active'),
    })),
  );
});

afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('marks past open milestones overdue and notifies each assignee of those due within 30 days', async () => {
  const result = await runMilestoneJob(store, NOW);
  expect(result).toEqual({
    tenants: 1,
    markedOverdue: 1,
    notificationsWritten: 4,
    notificationsRemoved: 0,
    contractCosts: 0,
  });
  expect((await store.get<Milestone>(TENANT, 'milestone', 'late'))?.body.status).toBe('overdue');
  expect((await store.get<Milestone>(TENANT, 'milestone', 'finished'))?.body.status).toBe('done');
  const notifications = await collectAll<Notification>(store, TENANT, 'notification', [
    { field: 'userId', op: 'eq', value: 'anna' },
  ]);
  expect(notifications.map((n) => [n.milestoneId, n.status]).sort()).toEqual([
    ['late', 'overdue'],
    ['soon', 'open'],
  ]);
  const audit = await store.count(TENANT, 'audit');
  expect(audit).toBe(1);
});

it('changes nothing when run again the same day, and drops notifications of milestones no longer due', async () => {
  await runMilestoneJob(store, NOW);
  expect(await runMilestoneJob(store, NOW)).toEqual({
    tenants: 1,
    markedOverdue: 0,
    notificationsWritten: 0,
    notificationsRemoved: 0,
    contractCosts: 0,
  });
  const soon = await store.get<Milestone>(TENANT, 'milestone', 'soon');
  const done = { ...soon!.body, status: 'done' as const };
  await store.write(TENANT, [
    { op: 'replace', kind: 'milestone', id: 'soon', body: done, index: milestoneIndex(done, 'active') },
  ]);
  expect((await runMilestoneJob(store, NOW)).notificationsRemoved).toBe(2);
});
