// Two built hosts on one data folder, as `npm start` runs them: the daily job and the outbox run once per occurrence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { AuditEvent } from '@koberollen/shared/domain/audit';
import { previousOccurrence, scheduleOf } from '@koberollen/shared/rules/ncrontab';

import { readLease } from '../../functions/src/jobs/timerLease';
import { MILESTONES_DAILY, NOTIFICATIONS_OUTBOX } from '../../functions/src/jobs/timers';
import { collectAll } from '../../functions/src/records/collect';
import { SqliteRepository } from '../../functions/src/store/sqlite';
import { SYSTEM_PARTITION } from '../../functions/src/store/types';
import { HOST_START_MS, type RunningHost, startBuiltHost } from './support/host';

// Two host starts, then up to a minute for each of two waits.
jest.setTimeout(2 * HOST_START_MS + 120_000);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-timers-'));
const started: RunningHost[] = [];
afterAll(async () => {
  await Promise.all(started.map((host) => host.stop()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it('runs the missed daily job at start on one host of two sharing a store, and each outbox occurrence once', async () => {
  const first = await startBuiltHost({ dataDir });
  started.push(first);
  const second = await startBuiltHost({ dataDir });
  started.push(second);
  const ran = () => [first, second].filter((host) => host.output().includes('Milestone job done'));
  await until(() => ran().length > 0, 'the daily job');
  // The other host found the occurrence taken: give it time to have run it too, were the lease not working.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(ran()).toHaveLength(1);

  const store = new SqliteRepository(path.join(dataDir, 'koberollen.sqlite'));
  try {
    const daily = previousOccurrence(scheduleOf(MILESTONES_DAILY.schedule), new Date())!;
    await until(
      async () => (await readLease(store, MILESTONES_DAILY.name))?.body.completedOccurrence === daily.toISOString(),
      'the daily run to be recorded',
    );
    const audit = await collectAll<AuditEvent>(store, SYSTEM_PARTITION, 'audit');
    for (const timer of [MILESTONES_DAILY, NOTIFICATIONS_OUTBOX]) {
      const starts = audit.filter((e) => e.entityId === timer.name && e.summary.includes(' startet af '));
      expect(starts.length).toBeGreaterThan(0);
      // One start per occurrence: the occurrence is the word after the timer's name.
      const occurrences = starts.map((e) => e.summary.split(' ')[2]);
      expect(new Set(occurrences).size).toBe(starts.length);
    }
  } finally {
    await store.close();
  }
});
