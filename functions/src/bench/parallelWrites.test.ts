// The benchmark seeder's parallel writes: several batches in flight, none lost, the first failure reported.
import type { Repository, WriteOp } from '../store/types';
import { parallelWrites } from './parallelWrites';

/** A store whose writes finish when the test says so. */
function slowStore() {
  const written: string[] = [];
  const finish: Array<(fail?: boolean) => void> = [];
  let running = 0;
  let most = 0;
  const store = {
    kind: 'sqlite',
    write: (_tenantId: string, ops: WriteOp[]) =>
      new Promise((resolve, reject) => {
        running += 1;
        most = Math.max(most, running);
        finish.push((fail) => {
          running -= 1;
          if (fail) return reject(new Error('write failed'));
          written.push(...ops.map((op) => op.id));
          resolve([]);
        });
      }),
  } as unknown as Repository;
  return { store, written, finish, most: () => most };
}

const op = (id: string): WriteOp => ({ op: 'upsert', kind: 'provider', id, body: {} });

it('keeps up to the given number of writes in flight and waits for all of them on flush', async () => {
  const slow = slowStore();
  const writer = parallelWrites(slow.store, 2);
  await writer.store.write('t1', [op('a')]);
  await writer.store.write('t1', [op('b')]);
  const third = writer.store.write('t1', [op('c')]);
  await Promise.resolve();
  expect(slow.most()).toBe(2);
  slow.finish.shift()?.();
  await third;
  const flushed = writer.flush();
  while (slow.finish.length) slow.finish.shift()?.();
  await flushed;
  expect(slow.written.sort()).toEqual(['a', 'b', 'c']);
  expect(slow.most()).toBe(2);
});

it('reports the first failed write on flush', async () => {
  const slow = slowStore();
  const writer = parallelWrites(slow.store, 4);
  await writer.store.write('t1', [op('a')]);
  slow.finish.shift()?.(true);
  await expect(writer.flush()).rejects.toThrow('write failed');
});
