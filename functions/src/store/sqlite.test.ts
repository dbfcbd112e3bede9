// SQLite-only behaviour: a database locked by another connection reads as "unavailable", not as a crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import { StoreUnavailableError } from '@koberollen/shared/errors';

import { SqliteRepository } from './sqlite';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-sqlite-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('reports a write blocked past the busy timeout as unavailable, and recovers', async () => {
  const file = path.join(dir, 'store.sqlite');
  const repo = new SqliteRepository(file, { busyTimeoutMs: 50 });
  await repo.write('t', [{ op: 'create', kind: 'case', id: 'before', body: {} }]);
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');

  const write = repo.write('t', [{ op: 'create', kind: 'case', id: 'blocked', body: {} }]);
  await expect(write).rejects.toBeInstanceOf(StoreUnavailableError);
  expect(await repo.get('t', 'case', 'before')).toBeDefined();

  other.exec('ROLLBACK');
  other.close();
  await repo.write('t', [{ op: 'create', kind: 'case', id: 'blocked', body: {} }]);
  expect(await repo.count('t', 'case')).toBe(2);
  await repo.close();
});
