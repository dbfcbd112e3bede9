// A held set answers what a full list answers, reading again only what was written since, on SQLite and without a feed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { SqliteRepository } from '../store/sqlite';
import { withoutChangeFeed } from '../store/testing/withoutChangeFeed';
import type { Repository, WriteOp } from '../store/types';
import { collectAll } from './collect';
import { heldSet } from './heldSet';

interface Task {
  due: string;
  done: boolean;
  note: string;
}

const index = (task: Task) => ({ dueDate: task.due, ...(task.done ? {} : { openDueDate: task.due }) });
const tasks = heldSet<Task, { due: string; done: boolean }>({
  kind: 'milestone',
  index,
  keep: ({ due, done }) => ({ due, done }),
});
const OPEN_BY_JUNE = {
  filters: [{ field: 'openDueDate', op: 'lte' as const, value: '2026-06-30' }],
  orderBy: 'openDueDate',
};

const put = (id: string, task: Task): WriteOp => ({
  op: 'upsert',
  kind: 'milestone',
  id,
  body: task,
  index: index(task),
});
const task = (due: string, done = false): Task => ({ due, done, note: 'long text the set does not hold' });

let dir: string;
let store: SqliteRepository;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-held-'));
  store = new SqliteRepository(path.join(dir, 'store.sqlite'));
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What a full list of the query answers now, as the set holds it. */
const listed = async (from: Repository, query: typeof OPEN_BY_JUNE | Record<string, never>) =>
  (await collectAll<Task>(from, 't', 'milestone', query.filters, query.orderBy)).map(({ due, done }) => ({
    due,
    done,
  }));

it('answers as the full list after creates, moves in and out of the filter, reorders and deletes', async () => {
  await store.write('t', [put('a', task('2026-03-01')), put('b', task('2026-05-01')), put('c', task('2026-08-01'))]);
  await store.write('u', [put('other', task('2026-01-01'))]);
  expect(await tasks.read(store, 't', OPEN_BY_JUNE)).toEqual(await listed(store, OPEN_BY_JUNE));
  expect(await tasks.read(store, 't')).toEqual(await listed(store, {}));

  const steps: WriteOp[][] = [
    [put('c', task('2026-04-01'))], // moves into the window, between a and b
    [put('a', task('2026-03-01', true))], // done: leaves the filter
    [put('b', task('2026-02-01')), put('d', task('2026-02-01'))], // the same day: by id
    [{ op: 'delete', kind: 'milestone', id: 'd' }],
    [put('a', task('2026-03-01'))], // reopened
  ];
  for (const ops of steps) {
    await store.write('t', ops);
    expect(await tasks.read(store, 't', OPEN_BY_JUNE)).toEqual(await listed(store, OPEN_BY_JUNE));
    expect(await tasks.read(store, 't')).toEqual(await listed(store, {}));
  }
  expect(await tasks.read(store, 't', OPEN_BY_JUNE)).toEqual([
    { due: '2026-02-01', done: false },
    { due: '2026-03-01', done: false },
    { due: '2026-04-01', done: false },
  ]);
});

it('reads only the documents written since, and everything once another process wrote', async () => {
  await store.write('t', [put('a', task('2026-03-01')), put('b', task('2026-05-01'))]);
  await tasks.read(store, 't', OPEN_BY_JUNE);
  const list = jest.spyOn(store, 'list');
  const get = jest.spyOn(store, 'get');
  expect(await tasks.read(store, 't', OPEN_BY_JUNE)).toHaveLength(2);
  expect(list).not.toHaveBeenCalled();
  expect(get).not.toHaveBeenCalled();

  await store.write('t', [put('b', task('2026-05-01', true)), put('b', task('2026-06-01'))]);
  expect(await tasks.read(store, 't', OPEN_BY_JUNE)).toEqual([
    { due: '2026-03-01', done: false },
    { due: '2026-06-01', done: false },
  ]);
  expect(list).not.toHaveBeenCalled();
  expect(get.mock.calls).toEqual([['t', 'milestone', 'b']]);

  const job = new SqliteRepository(path.join(dir, 'store.sqlite'));
  await job.write('t', [put('c', task('2026-01-01'))]);
  await job.close();
  expect(await tasks.read(store, 't', OPEN_BY_JUNE)).toEqual(await listed(store, OPEN_BY_JUNE));
  expect(list).toHaveBeenCalled();
});

it('serves concurrent reads from one load, keeps stores apart, and reads everything again after a failed read', async () => {
  await store.write('t', [put('a', task('2026-03-01'))]);
  const list = jest.spyOn(store, 'list');
  const [first, second] = await Promise.all([tasks.read(store, 't'), tasks.read(store, 't')]);
  expect(first).toEqual(second);
  expect(list).toHaveBeenCalledTimes(1);

  const other = new SqliteRepository(path.join(dir, 'other.sqlite'));
  expect(await tasks.read(other, 't')).toEqual([]);
  await other.close();

  await store.write('t', [put('b', task('2026-04-01'))]);
  const get = jest.spyOn(store, 'get').mockRejectedValueOnce(new Error('down'));
  await expect(tasks.read(store, 't')).rejects.toThrow('down');
  get.mockRestore();
  expect(await tasks.read(store, 't')).toEqual(await listed(store, {}));
  expect(list).toHaveBeenCalledTimes(3);
});

it('lists afresh on every read from a store without a change feed', async () => {
  await store.write('t', [put('a', task('2026-03-01'))]);
  const plain = withoutChangeFeed(store);
  const list = jest.spyOn(plain, 'list');
  expect(await tasks.read(plain, 't', OPEN_BY_JUNE)).toEqual([{ due: '2026-03-01', done: false }]);
  await store.write('t', [put('b', task('2026-04-01'))]);
  expect(await tasks.read(plain, 't', OPEN_BY_JUNE)).toHaveLength(2);
  expect(list).toHaveBeenCalledTimes(2);
});
