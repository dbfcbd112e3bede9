// Reading a whole kind page by page: everything is read, and a synchronous store does not hold the event loop.
import { adapters } from '../store/testing/adapters';
import type { Repository } from '../store/types';
import { collectAll } from './collect';

const TENANT = 'tenant-collect';
let store: Repository;
let stop: () => Promise<void>;

beforeEach(async () => {
  // The embedded store, which answers synchronously.
  ({ repo: store, stop } = await adapters[0]!.start());
  const ops = Array.from({ length: 450 }, (_, i) => ({
    op: 'create' as const,
    kind: 'provider' as const,
    id: `p-${String(i).padStart(3, '0')}`,
    body: { n: i },
    index: {},
  }));
  await store.write(TENANT, ops);
});

afterEach(() => stop());

test('every document of the kind is read, across pages', async () => {
  const all = await collectAll<{ n: number }>(store, TENANT, 'provider');
  expect(all.map((doc) => doc.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 450 }, (_, i) => i));
});

test('I/O and timers queued before the walk run before it ends (the embedded store answers synchronously)', async () => {
  const order: string[] = [];
  setImmediate(() => order.push('other work'));
  await collectAll(store, TENANT, 'provider').then(() => order.push('walk done'));
  expect(order).toEqual(['other work', 'walk done']);
});
