// The benchmark seeder's parallel writes: several batches in flight, none lost, the first failure reported.
import { StoreUnavailableError } from '@koberollen/shared/errors';

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

it('tries a batch again when the store was unavailable, and gives up after three tries', async () => {
  const tries = new Map<string, number>();
  const store = {
    kind: 'cosmos',
    write: (_tenantId: string, ops: WriteOp[]) => {
      const id = ops[0]!.id;
      tries.set(id, (tries.get(id) ?? 0) + 1);
      const failing = id === 'down' || tries.get(id) === 1;
      return failing ? Promise.reject(new StoreUnavailableError('Lageret er utilgængeligt.', 0)) : Promise.resolve([]);
    },
  } as unknown as Repository;
  const writer = parallelWrites(store, 2);
  await writer.store.write('t1', [op('a')]);
  await writer.flush();
  expect(tries.get('a')).toBe(2);
  await writer.store.write('t1', [op('down')]);
  await expect(writer.flush()).rejects.toThrow(StoreUnavailableError);
  expect(tries.get('down')).toBe(3);
});
