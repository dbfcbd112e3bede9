// The benchmark's store counter: every call of a real store counted, with the size of what it returned.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { SqliteRepository } from '../store/sqlite';
import type { Repository } from '../store/types';
import { countingStore, jsonSize, StoreCounter } from './countingStore';

let dir: string;
let sqlite: SqliteRepository;
let counter: StoreCounter;
let store: Repository;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-counting-'));
  sqlite = new SqliteRepository(path.join(dir, 'store.sqlite'));
  counter = new StoreCounter();
  store = countingStore<Repository>(sqlite, counter);
});
afterEach(async () => {
  await sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const body = (n: number) => ({ title: `Kontrakt ${n}`, note: 'æøå '.repeat(50) });
const bodyBytes = Buffer.byteLength(JSON.stringify(body(1)));

it('counts each call of a real store by method, with the bytes of what it returned', async () => {
  await store.write(
    't1',
    [1, 2, 3].map((n) => ({ op: 'create', kind: 'contract', id: `k${n}`, body: body(n) })),
  );
  counter.reset();

  const one = await store.get('t1', 'contract', 'k1');
  const page = await store.list('t1', 'contract', { limit: 10 });

  expect(one?.body).toEqual(body(1));
  expect(page.items).toHaveLength(3);
  const tally = counter.snapshot();
  expect(tally.calls).toBe(2);
  expect(tally.byMethod.get?.calls).toBe(1);
  expect(tally.byMethod.list?.calls).toBe(1);
  expect(tally.byMethod.get?.bytes).toBeGreaterThanOrEqual(bodyBytes);
  expect(tally.byMethod.list?.bytes).toBeGreaterThanOrEqual(3 * bodyBytes);
  expect(tally.bytes).toBe((tally.byMethod.get?.bytes ?? 0) + (tally.byMethod.list?.bytes ?? 0));
  expect(tally.pending).toBe(0);
});

it('passes other properties through, counts failed calls and hands their errors on', async () => {
  expect(store.kind).toBe('sqlite');
  await expect(
    store.write('t1', [{ op: 'replace', kind: 'contract', id: 'missing', body: body(1) }]),
  ).rejects.toThrow();
  const tally = counter.snapshot();
  expect(tally.byMethod.write).toEqual({ calls: 1, bytes: 0 });
  expect(tally.pending).toBe(0);
});

it('counts calls but not sizes while sizes are off, and starts afresh on reset', async () => {
  counter.measureSizes = false;
  await store.write('t1', [{ op: 'create', kind: 'contract', id: 'k1', body: body(1) }]);
  await store.get('t1', 'contract', 'k1');
  expect(counter.snapshot()).toMatchObject({ calls: 2, bytes: 0 });
  counter.reset();
  expect(counter.snapshot()).toMatchObject({ calls: 0, bytes: 0, byMethod: {} });
});

it('sizes a document by its stored JSON without parsing its body', () => {
  const json = JSON.stringify(body(1));
  const doc = {
    id: 'k1',
    json,
    get body(): unknown {
      throw new Error('parsed');
    },
  };
  expect(jsonSize(doc)).toBeGreaterThanOrEqual(bodyBytes);
  expect(jsonSize(doc)).toBeLessThan(bodyBytes + 40);
  expect(jsonSize({ json: Buffer.from(json) })).toBeGreaterThanOrEqual(bodyBytes);
  expect(jsonSize([{ body: body(1) }, { body: body(2) }])).toBeGreaterThanOrEqual(2 * bodyBytes);
});
