// The local host's timer loop on a moving clock: a missed occurrence at start, the next on its schedule, and a stop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { readLease } from '../jobs/timerLease';
import type { TimerDeclaration } from '../jobs/timers';
import { SqliteRepository } from '../store/sqlite';
import { startTimerLoop } from './timerLoop';

let dir: string;
let store: SqliteRepository;
const runs: string[] = [];

const every10: TimerDeclaration = {
  name: 'test-outbox',
  schedule: '0 */10 * * * *',
  leaseMs: 9 * 60_000,
  run(services) {
    runs.push(services.now().toISOString());
    return Promise.resolve();
  },
};

beforeEach(() => {
  jest.useFakeTimers({
    now: new Date('2026-12-07T14:03:00Z'),
    doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-loop-'));
  store = new SqliteRepository(path.join(dir, 'loop.sqlite'));
  runs.length = 0;
});

afterEach(async () => {
  jest.useRealTimers();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('runs the occurrence no host ran at start, then each next one on its schedule, until stopped', async () => {
  const errors: unknown[] = [];
  const loop = startTimerLoop({ store, now: () => new Date() }, [every10], {
    holder: 'host-a',
    log: () => undefined,
    error: (_message, error) => errors.push(error),
  });
  await jest.advanceTimersByTimeAsync(1_000);
  expect(runs).toEqual(['2026-12-07T14:03:00.000Z']);
  expect((await readLease(store, every10.name))?.body.completedOccurrence).toBe('2026-12-07T14:00:00.000Z');

  await jest.advanceTimersByTimeAsync(7 * 60_000);
  expect(runs).toEqual(['2026-12-07T14:03:00.000Z', '2026-12-07T14:10:00.000Z']);
  await jest.advanceTimersByTimeAsync(20 * 60_000);
  expect(runs.slice(2)).toEqual(['2026-12-07T14:20:00.000Z', '2026-12-07T14:30:00.000Z']);

  await loop.stop();
  await jest.advanceTimersByTimeAsync(30 * 60_000);
  expect(runs).toHaveLength(4);
  expect(errors).toEqual([]);
});
