// SQLite-only behaviour: locks read as unavailable, other connections' writes show at once, expiry sweeps, free text.
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

it('sees filtered lists change when another process writes to the same file (the milestone job beside the host)', async () => {
  const file = path.join(dir, 'shared.sqlite');
  // Without drivers, filters are checked along the list order.
  const host = new SqliteRepository(file, { driverLimit: 0 });
  const job = new SqliteRepository(file);
  const filter = { filters: [{ field: 'region', op: 'eq' as const, value: 'Sjælland' }], orderBy: 'name', limit: 10 };
  await host.write('t', [
    { op: 'create', kind: 'provider', id: 'a', body: {}, index: { name: 'a', region: 'Sjælland' } },
  ]);
  expect((await host.list('t', 'provider', filter)).items.map((d) => d.id)).toEqual(['a']);

  await job.write('t', [
    { op: 'create', kind: 'provider', id: 'b', body: {}, index: { name: 'b', region: 'Sjælland' } },
    { op: 'replace', kind: 'provider', id: 'a', body: {}, index: { name: 'a', region: 'Hovedstaden' } },
  ]);
  expect((await host.list('t', 'provider', filter)).items.map((d) => d.id)).toEqual(['b']);
  await host.write('t', [{ op: 'delete', kind: 'provider', id: 'b' }]);
  expect((await host.list('t', 'provider', filter)).items).toEqual([]);
  await job.close();
  await host.close();
});

it("changes its revision with each write, its own or another process's, and keeps it between them", async () => {
  const file = path.join(dir, 'revision.sqlite');
  const host = new SqliteRepository(file);
  const job = new SqliteRepository(file);
  const seen = [host.revision()];
  expect(host.revision()).toBe(seen[0]);
  await job.write('t', [{ op: 'create', kind: 'case', id: 'a', body: {} }]);
  seen.push(host.revision());
  await host.write('t', [{ op: 'create', kind: 'case', id: 'b', body: {} }]);
  seen.push(host.revision());
  await job.write('t', [{ op: 'delete', kind: 'case', id: 'a' }]);
  seen.push(host.revision());
  expect(new Set(seen).size).toBe(4);
  expect(host.revision()).toBe(seen[3]);
  await job.close();
  await host.close();
});

it('sweeps expired documents away at open and on writes, keeping the others', async () => {
  const file = path.join(dir, 'store.sqlite');
  const repo = new SqliteRepository(file);
  const soon = new Date(Date.now() + 200).toISOString();
  await repo.write('t', [
    { op: 'create', kind: 'idempotencyKey', id: 'soon', body: {}, expiresAt: soon },
    {
      op: 'create',
      kind: 'idempotencyKey',
      id: 'later',
      body: {},
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    },
    { op: 'create', kind: 'case', id: 'kept', body: {} },
  ]);
  expect(repo.sweepExpired()).toBe(0);
  const rows = () => new Database(file, { readonly: true }).prepare('SELECT id FROM docs ORDER BY id').pluck().all();
  expect(repo.sweepExpired(new Date(Date.now() + 1000))).toBe(1);
  expect(rows()).toEqual(['kept', 'later']);
  await repo.close();

  // A database from before expiry existed gains the column when opened.
  const old = path.join(dir, 'old.sqlite');
  const legacy = new Database(old);
  legacy.exec(
    'CREATE TABLE docs (tenant_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body BLOB NOT NULL, PRIMARY KEY (tenant_id, kind, id))',
  );
  legacy.close();
  const upgraded = new SqliteRepository(old);
  const later = new Date(Date.now() + 60_000).toISOString();
  await upgraded.write('t', [{ op: 'create', kind: 'idempotencyKey', id: 'k', body: {}, expiresAt: later }]);
  expect(await upgraded.get('t', 'idempotencyKey', 'k')).toBeDefined();
  await upgraded.close();
});

it('fills the free-text index of a database made before it existed, and finds words in it from then on', async () => {
  const file = path.join(dir, 'before-text.sqlite');
  const legacy = new Database(file);
  legacy.exec(`
    CREATE TABLE docs (tenant_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL,
      body BLOB NOT NULL, expires_at TEXT, PRIMARY KEY (tenant_id, kind, id));
    CREATE TABLE idx (tenant_id TEXT NOT NULL, kind TEXT NOT NULL, field TEXT NOT NULL, value ANY, id TEXT NOT NULL);
    INSERT INTO docs VALUES ('t', 'provider', 'p1', 'e1', CAST('{}' AS BLOB), NULL);
    INSERT INTO idx VALUES ('t', 'provider', 'text', 'bostotte til unge', 'p1');
    INSERT INTO idx VALUES ('t', 'provider', 'name', 'bostotte', 'p1');
  `);
  legacy.close();
  const [first, second] = [new SqliteRepository(file), new SqliteRepository(file)];
  const search = (word: string) => ({ filters: [{ field: 'text', op: 'contains' as const, value: word }], limit: 5 });
  expect((await first.list('t', 'provider', search('totte'))).items.map((d) => d.id)).toEqual(['p1']);
  await second.write('t', [{ op: 'create', kind: 'provider', id: 'p2', body: {}, index: { text: 'aflastning unge' } }]);
  expect((await first.list('t', 'provider', { ...search('unge'), orderBy: 'text' })).items.map((d) => d.id)).toEqual([
    'p2',
    'p1',
  ]);
  await Promise.all([first.close(), second.close()]);
  const rows = new Database(file, { readonly: true }).prepare('SELECT id FROM idx_text ORDER BY id').pluck().all();
  expect(rows).toEqual(['p1', 'p2']);
});
