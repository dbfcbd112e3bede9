// Embedded store: documents in one SQLite file, index fields in a side table, free text in FTS5, writes in transactions.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { cut, decodeToken } from './continuation';
import { conflict, notFound, preconditionFailed, unavailable } from './errors';
import { providerSearchSql, providerSearchWriter } from './sqliteProviderSearch';
import { indexEntries, isExpired, type ListedRow, type Row, toDoc } from './sqliteRows';
import { createSchema } from './sqliteSchema';
import { SqliteTally } from './sqliteTally';
import {
  countEachSql,
  type Driver,
  isChecked,
  matchingIds,
  sqlValue,
  TEXT_FIELD,
  walk,
  whereClause,
} from './sqliteWalk';
import type { DocKind, Filter, ListOf, ListQuery, Page, Repository, StoredDoc, VersionPage, WriteOp } from './types';

/** How often a long-lived connection lets SQLite refresh the statistics its query planner uses. */
const OPTIMIZE_INTERVAL_MS = 3_600_000;

/** How often writes sweep expired documents away; reads never find them in between. */
const SWEEP_INTERVAL_MS = 60_000;

/** SQLite result codes (extended codes start with these) that mean "busy, locked or full: try again later". */
const TRANSIENT_CODES = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_FULL'];

/**
 * Runs a synchronous store call as a promise: failures become rejections (never synchronous throws), and
 * a database that stays locked past the busy timeout, or a full disk, becomes `StoreUnavailableError`.
 */
function settle<T>(run: () => T): Promise<T> {
  return new Promise<T>((resolve) => resolve(run())).catch((error: unknown) => {
    // Duck-typed: the native addon keeps the first SqliteError class (and realm) it was given, so
    // `instanceof` fails wherever the module is loaded more than once (test runners, one realm per file).
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw TRANSIENT_CODES.some((prefix) => code.startsWith(prefix)) ? unavailable() : error;
  });
}

/** SQLite implementation of `Repository`; one file, WAL journal, survives a killed process. */
export class SqliteRepository implements Repository {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements;
  private readonly listStatements = new Map<string, Database.Statement<unknown[], Row>>();
  private readonly driverLimit: number;
  private readonly providerSearch;
  private lastSweep = 0;
  private lastOptimize = Date.now();
  private writes = 0;
  private readonly tallies: SqliteTally;

  /**
   * `busyTimeoutMs`: how long a write waits for another connection's lock before giving up. `driverLimit`: an
   * equality filter with at most this many matches drives a list (its matches are read and sorted) instead of the
   * list order being walked.
   */
  constructor(
    file: string,
    { busyTimeoutMs = 5000, driverLimit = 1000 }: { busyTimeoutMs?: number; driverLimit?: number } = {},
  ) {
    this.driverLimit = driverLimit;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    createSchema(this.db);
    this.tallies = new SqliteTally(this.db);
    // As SQLite advises for a long-lived connection: analyse what needs it at open (bounded work), again hourly.
    this.db.pragma('optimize = 0x10002');
    this.statements = {
      get: this.db.prepare<[string, string, string], Row & { rowid: number }>(
        'SELECT rowid, id, etag, body, expires_at FROM docs WHERE tenant_id = ? AND kind = ? AND id = ?',
      ),
      /** The documents of a page in one statement; ids as a JSON array. */
      getMany: this.db.prepare<[string, string, string], Row>(
        'SELECT id, etag, body, expires_at FROM docs WHERE tenant_id = ? AND kind = ? AND id IN (SELECT value FROM json_each(?))',
      ),
      insert: this.db.prepare(
        'INSERT INTO docs (tenant_id, kind, id, etag, body, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      update: this.db.prepare(
        'UPDATE docs SET etag = ?, body = ?, expires_at = ? WHERE tenant_id = ? AND kind = ? AND id = ?',
      ),
      expired: this.db.prepare<[string], { rowid: number; tenant_id: string; kind: DocKind; id: string }>(
        'SELECT rowid, tenant_id, kind, id FROM docs WHERE expires_at IS NOT NULL AND expires_at <= ?',
      ),
      remove: this.db.prepare('DELETE FROM docs WHERE tenant_id = ? AND kind = ? AND id = ?'),
      removeIndex: this.db.prepare('DELETE FROM idx WHERE tenant_id = ? AND kind = ? AND id = ?'),
      addIndex: this.db.prepare('INSERT INTO idx (tenant_id, kind, field, value, id) VALUES (?, ?, ?, ?, ?)'),
      removeText: this.db.prepare('DELETE FROM idx_text WHERE rowid = ?'),
      addText: this.db.prepare('INSERT INTO idx_text (rowid, value, tenant_id, kind, id) VALUES (?, ?, ?, ?, ?)'),
      /** How many documents have an index value, counted up to a limit. */
      countMatches: this.db
        .prepare<[string, string, string, unknown, number], number>(
          'SELECT COUNT(*) FROM (SELECT 1 FROM idx WHERE tenant_id = ? AND kind = ? AND field = ? AND value = ? LIMIT ?)',
        )
        .pluck(),
      /** The same for any of several values (a JSON array). */
      countAnyOf: this.db
        .prepare<[string, string, string, unknown, number], number>(
          'SELECT COUNT(*) FROM (SELECT 1 FROM idx WHERE tenant_id = ? AND kind = ? AND field = ?' +
            ' AND value IN (SELECT value FROM json_each(?)) LIMIT ?)',
        )
        .pluck(),
      /** SQLite's counter of commits by other connections; prepared once, as `db.pragma` would compile it per call. */
      dataVersion: this.db.prepare<[], number>('PRAGMA data_version').pluck(),
    };
    this.providerSearch = providerSearchWriter(this.db);
    this.sweepExpired();
  }

  /** Deletes the documents expired by `now`; returns how many. Writes call it at most once a minute. */
  sweepExpired(now = new Date()): number {
    this.lastSweep = now.getTime();
    const expired = this.statements.expired.all(now.toISOString());
    if (expired.length === 0) return 0;
    this.db.transaction(() => {
      for (const { rowid, tenant_id: tenantId, kind, id } of expired) {
        this.statements.removeIndex.run(tenantId, kind, id);
        this.providerSearch.remove(tenantId, kind, id);
        this.statements.removeText.run(rowid);
        this.statements.remove.run(tenantId, kind, id);
      }
    })();
    return expired.length;
  }

  get<T>(tenantId: string, kind: DocKind, id: string): Promise<StoredDoc<T> | undefined> {
    return settle(() => {
      const row = this.statements.get.get(tenantId, kind, id);
      return row && !isExpired(row) ? toDoc<T>(tenantId, kind, row) : undefined;
    });
  }

  list<T>(tenantId: string, kind: DocKind, query: ListQuery): Promise<Page<T>> {
    return settle(() => {
      const { rows: entries, continuationToken } = this.page(tenantId, kind, query, true);
      return { items: entries.map((entry) => toDoc<T>(tenantId, kind, entry as Row)), continuationToken };
    });
  }

  listVersions(tenantId: string, kind: DocKind, query: ListQuery): Promise<VersionPage> {
    return settle(() => {
      const { rows: entries, continuationToken } = this.page(tenantId, kind, query, false);
      const items = entries.map(({ id, etag, sort }) => ({
        id,
        etag,
        ...(sort === undefined ? {} : { listedBy: sort }),
      }));
      return { items, continuationToken };
    });
  }

  /** Every list's page in one synchronous call: one store request. */
  listEach(tenantId: string, lists: readonly ListOf[]): Promise<Page<unknown>[]> {
    return settle(() =>
      lists.map(({ kind, ...query }) => {
        const { rows: entries, continuationToken } = this.page(tenantId, kind, query, true);
        return { items: entries.map((entry) => toDoc(tenantId, kind, entry as Row)), continuationToken };
      }),
    );
  }

  tally(tenantId: string, kind: DocKind): Promise<Record<string, number>> {
    return settle(() => this.tallies.read(tenantId, kind));
  }

  count(tenantId: string, kind: DocKind, filters: Filter[] = []): Promise<number> {
    return settle(() => {
      const { sql: where, params } = whereClause(tenantId, kind, filters);
      const sql = `SELECT COUNT(*) AS n FROM docs d WHERE ${where}`;
      return this.db.prepare<unknown[], { n: number }>(sql).get(...params)?.n ?? 0;
    });
  }

  getMany<T>(tenantId: string, kind: DocKind, ids: readonly string[]): Promise<StoredDoc<T>[]> {
    return settle(() =>
      this.statements.getMany
        .all(tenantId, kind, JSON.stringify(ids))
        .filter((row) => !isExpired(row))
        .map((row) => toDoc<T>(tenantId, kind, row)),
    );
  }

  /** One statement per read, as `getMany`. */
  getEach(tenantId: string, reads: Parameters<Repository['getEach']>[1]): Promise<StoredDoc[][]> {
    return Promise.all(reads.map(({ kind, ids }) => this.getMany(tenantId, kind, ids)));
  }

  countEach(
    tenantId: string,
    kind: DocKind,
    filters: Filter[],
    groups: Record<string, Filter[]>,
  ): Promise<Record<string, number>> {
    return settle(() => {
      const names = Object.keys(groups);
      if (names.length === 0) return {};
      const { sql, params } = countEachSql(
        tenantId,
        kind,
        filters,
        names.map((name) => groups[name] ?? []),
      );
      const row = this.db.prepare<unknown[], Record<string, number>>(sql).get(...params);
      return Object.fromEntries(names.map((name, i) => [name, row?.[`g${i}`] ?? 0]));
    });
  }

  write(tenantId: string, ops: WriteOp[]): Promise<StoredDoc[]> {
    return settle(() => {
      const run = this.db.transaction((batch: WriteOp[]) => batch.map((op) => this.apply(tenantId, op)));
      const written = run(ops);
      this.writes += 1;
      if (Date.now() - this.lastSweep >= SWEEP_INTERVAL_MS) this.sweepExpired();
      if (Date.now() - this.lastOptimize >= OPTIMIZE_INTERVAL_MS) this.optimize();
      return written.filter((doc): doc is StoredDoc => doc !== undefined);
    });
  }

  /**
   * Changes with every write to the file, through this connection (counted) or another (SQLite's `data_version`):
   * coarser than the interface asks, so a value kept by it is read again more often, never later.
   */
  revision(): string {
    return `${this.writes}:${String(this.statements.dataVersion.get())}`;
  }

  /** Lets SQLite refresh its planner's statistics where they are stale, before the file is closed. */
  close(): Promise<void> {
    if (this.db.open) {
      this.optimize();
      this.db.close();
    }
    return Promise.resolve();
  }

  private optimize(): void {
    this.lastOptimize = Date.now();
    this.db.pragma('optimize');
  }

  /**
   * One page of a list. An equality filter with few matches drives the walk (its matches are read and sorted);
   * otherwise the list order is walked in the index and the filters are checked per row, until the page is full.
   */
  private page(
    tenantId: string,
    kind: DocKind,
    query: ListQuery,
    bodies: boolean,
  ): { rows: ListedRow[]; continuationToken?: string } {
    const filters = query.filters ?? [];
    const after = decodeToken(query.continuationToken);
    const searched = providerSearchSql(tenantId, kind, query, after, bodies);
    if (searched) return cut(this.prepared(searched.sql).all(...searched.params), query.limit);
    const checked = filters.filter((filter) => isChecked(filter, query.orderBy));
    const drivers = this.driversOf(tenantId, kind, checked);
    const { sql, params } = walk({ tenantId, kind, filters, orderBy: query.orderBy, after, drivers, bodies });
    return cut(this.prepared(sql).all(...params, query.limit + 1), query.limit);
  }

  /**
   * What drives a list: the equality or any-of filter with the fewest matches when they are few enough to read and
   * sort them all; failing that, all of them together when their intersection is; failing that, nothing (the list
   * order is walked).
   */
  private driversOf(tenantId: string, kind: DocKind, filters: Filter[]): Driver[] {
    const candidates = filters.filter((filter): filter is Driver => filter.op === 'eq' || filter.op === 'in');
    let best: { driver: Driver; matches: number } | undefined;
    for (const filter of candidates) {
      const count = filter.op === 'eq' ? this.statements.countMatches : this.statements.countAnyOf;
      const matches = count.get(tenantId, kind, filter.field, sqlValue(filter), this.driverLimit + 1) ?? 0;
      if (matches <= this.driverLimit && (!best || matches < best.matches)) best = { driver: filter, matches };
    }
    if (best) return [best.driver];
    if (candidates.length < 2) return [];
    const ids = matchingIds(candidates, tenantId, kind);
    const sql = `SELECT COUNT(*) AS n FROM (${ids.sql} LIMIT ?)`;
    const matches = this.db.prepare<unknown[], { n: number }>(sql).get(...ids.params, this.driverLimit + 1)?.n ?? 0;
    return matches <= this.driverLimit ? candidates : [];
  }

  /** List queries differ only in their filters, so each distinct statement is compiled once. */
  private prepared(sql: string): Database.Statement<unknown[], Row> {
    let statement = this.listStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], Row>(sql);
      this.listStatements.set(sql, statement);
    }
    return statement;
  }

  private apply(tenantId: string, op: WriteOp): StoredDoc | undefined {
    const found = this.statements.get.get(tenantId, op.kind, op.id);
    // An expired document is gone to reads, so a create takes its place; it is overwritten below.
    const existing = found && !isExpired(found) ? found : undefined;
    if (op.op === 'create' && existing) throw conflict(op.kind, op.id);
    if ((op.op === 'replace' || op.op === 'delete') && !existing) throw notFound(op.kind, op.id);
    if ((op.op === 'replace' || op.op === 'delete') && op.ifMatch !== undefined && existing?.etag !== op.ifMatch) {
      throw preconditionFailed();
    }
    const counted = found ? this.tallies.keyOf(tenantId, op.kind, op.id) : undefined;
    this.tallies.move(tenantId, op.kind, counted, op.op === 'delete' ? undefined : op.index);
    this.statements.removeIndex.run(tenantId, op.kind, op.id);
    this.providerSearch.remove(tenantId, op.kind, op.id);
    if (found) this.statements.removeText.run(found.rowid);
    if (op.op === 'delete') {
      this.statements.remove.run(tenantId, op.kind, op.id);
      return undefined;
    }
    const etag = randomUUID();
    const body = Buffer.from(JSON.stringify(op.body), 'utf8');
    const expiresAt = op.expiresAt ?? null;
    const rowid = found
      ? (this.statements.update.run(etag, body, expiresAt, tenantId, op.kind, op.id), found.rowid)
      : this.statements.insert.run(tenantId, op.kind, op.id, etag, body, expiresAt).lastInsertRowid;
    for (const [field, value] of indexEntries(op.index))
      this.statements.addIndex.run(tenantId, op.kind, field, value, op.id);
    this.providerSearch.add(tenantId, op.kind, op.id, etag, op.index);
    const text = op.index?.[TEXT_FIELD];
    if (typeof text === 'string') this.statements.addText.run(rowid, text, tenantId, op.kind, op.id);
    return { kind: op.kind, tenantId, id: op.id, etag, body: op.body };
  }
}
