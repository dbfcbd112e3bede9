// Embedded store: documents in one SQLite file, index fields in a side table, writes in transactions.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { cut, decodeToken, type Keyset } from './continuation';
import { conflict, notFound, preconditionFailed, unavailable } from './errors';
import { walkInMemory } from './memoryWalk';
import { type OrderEntry, ProjectionCache, type StoredValue } from './projections';
import { indexEntries, isExpired, type ListedRow, type Row, toDoc } from './sqliteRows';
import { countEachSql, type Driver, isChecked, sqlValue, walk, whereClause } from './sqliteWalk';
import type { DocKind, Filter, ListQuery, Page, Repository, StoredDoc, VersionPage, WriteOp } from './types';
import { WriteLog } from './writeLog';

/** Tuning of list queries; the defaults suit a municipality's catalogue and its deadline calendar. */
interface ListTuning {
  /** The most documents of one (tenant, kind) whose index is held in memory to check filters: a large catalogue. */
  projectedLimit?: number;
  /** An equality filter with at most this many matches drives a SQL walk: reading and sorting them beats walking. */
  driverLimit?: number;
}

const SCHEMA = `
-- A rowid table keeps bodies of a few kB in the row itself; WITHOUT ROWID would move them to overflow pages.
-- Bodies are UTF-8 JSON bytes, answered as they are without decoding and encoding them again.
CREATE TABLE IF NOT EXISTS docs (
  tenant_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body BLOB NOT NULL,
  PRIMARY KEY (tenant_id, kind, id)
);
CREATE TABLE IF NOT EXISTS idx (
  tenant_id TEXT NOT NULL, kind TEXT NOT NULL, field TEXT NOT NULL, value ANY, id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_by_value ON idx (tenant_id, kind, field, value, id);
DROP INDEX IF EXISTS idx_by_doc;
CREATE INDEX IF NOT EXISTS idx_by_doc_field ON idx (tenant_id, kind, id, field, value);
`;

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
  private readonly projections: ProjectionCache;
  private readonly driverLimit: number;
  private lastSweep = 0;
  /** Writes by this connection, per tenant and kind (others' show in SQLite's data_version). */
  private readonly writes = new WriteLog();

  /** `busyTimeoutMs`: how long a write waits for another connection's lock before giving up. */
  constructor(
    file: string,
    { busyTimeoutMs = 5000, projectedLimit = 20_000, driverLimit = 1000 }: { busyTimeoutMs?: number } & ListTuning = {},
  ) {
    this.driverLimit = driverLimit;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    this.db.exec(SCHEMA);
    addExpiryColumn(this.db);
    this.statements = {
      get: this.db.prepare<[string, string, string], Row>(
        'SELECT id, etag, body, expires_at FROM docs WHERE tenant_id = ? AND kind = ? AND id = ?',
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
      expired: this.db.prepare<[string], { tenant_id: string; kind: DocKind; id: string }>(
        'SELECT tenant_id, kind, id FROM docs WHERE expires_at IS NOT NULL AND expires_at <= ?',
      ),
      remove: this.db.prepare('DELETE FROM docs WHERE tenant_id = ? AND kind = ? AND id = ?'),
      removeIndex: this.db.prepare('DELETE FROM idx WHERE tenant_id = ? AND kind = ? AND id = ?'),
      addIndex: this.db.prepare('INSERT INTO idx (tenant_id, kind, field, value, id) VALUES (?, ?, ?, ?, ?)'),
      dataVersion: this.db.prepare('PRAGMA data_version').pluck(),
      loadIndex: this.db.prepare<[string, string], { id: string; field: string; value: StoredValue }>(
        'SELECT id, field, value FROM idx WHERE tenant_id = ? AND kind = ?',
      ),
      loadVersions: this.db.prepare<[string, string], { id: string; etag: string }>(
        'SELECT id, etag FROM docs WHERE tenant_id = ? AND kind = ?',
      ),
      /** How many documents a (tenant, kind) holds, counted up to a limit: the cost stays bounded. */
      countDocs: this.db
        .prepare<[string, string, number], number>(
          'SELECT COUNT(*) FROM (SELECT 1 FROM docs WHERE tenant_id = ? AND kind = ? LIMIT ?)',
        )
        .pluck(),
      /** How many documents have an index value, counted up to a limit. */
      countMatches: this.db
        .prepare<[string, string, string, unknown, number], number>(
          'SELECT COUNT(*) FROM (SELECT 1 FROM idx WHERE tenant_id = ? AND kind = ? AND field = ? AND value = ? LIMIT ?)',
        )
        .pluck(),
    };
    this.projections = new ProjectionCache(
      {
        indexRows: (tenantId, kind) => this.statements.loadIndex.iterate(tenantId, kind),
        versions: (tenantId, kind) => this.statements.loadVersions.iterate(tenantId, kind),
        count: (tenantId, kind, limit) => this.statements.countDocs.get(tenantId, kind, limit) ?? 0,
      },
      projectedLimit,
    );
    this.sweepExpired();
  }

  /** Deletes the documents expired by `now`; returns how many. Writes call it at most once a minute. */
  sweepExpired(now = new Date()): number {
    this.lastSweep = now.getTime();
    const expired = this.statements.expired.all(now.toISOString());
    if (expired.length === 0) return 0;
    this.db.transaction(() => {
      for (const { tenant_id: tenantId, kind, id } of expired) {
        this.statements.removeIndex.run(tenantId, kind, id);
        this.statements.remove.run(tenantId, kind, id);
        this.writes.record(tenantId, kind, id);
      }
    })();
    for (const { tenant_id: tenantId, kind, id } of expired) this.projections.apply(tenantId, kind, id, undefined);
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
      const { entries, continuationToken } = this.page(tenantId, kind, query, true);
      return { items: entries.map((entry) => toDoc<T>(tenantId, kind, entry as Row)), continuationToken };
    });
  }

  listVersions(tenantId: string, kind: DocKind, query: ListQuery): Promise<VersionPage> {
    return settle(() => {
      const { entries, continuationToken } = this.page(tenantId, kind, query, false);
      const items = entries.map(({ id, etag, sort }) => ({
        id,
        etag,
        ...(sort === undefined ? {} : { listedBy: sort }),
      }));
      return { items, continuationToken };
    });
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
      for (const op of ops) this.writes.record(tenantId, op.kind, op.id);
      if (Date.now() - this.lastSweep >= SWEEP_INTERVAL_MS) this.sweepExpired();
      ops.forEach((op, i) => {
        const doc = written[i];
        this.projections.apply(
          tenantId,
          op.kind,
          op.id,
          doc && op.op !== 'delete' ? { index: op.index, etag: doc.etag } : undefined,
        );
      });
      return written.filter((doc): doc is StoredDoc => doc !== undefined);
    });
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  /** SQLite's data_version (moved by other connections' commits) and this connection's writes of each kind. */
  revision(tenantId: string, kinds: readonly DocKind[]): string {
    const ours = kinds.map((kind) => this.writes.count(tenantId, kind));
    return `${this.statements.dataVersion.get() as number}:${ours.join(',')}`;
  }

  /** Known only while no other connection has committed since the revision: their writes are not logged here. */
  changedSince(tenantId: string, kind: DocKind, revision: string): string[] | undefined {
    const [version, count] = revision.split(':');
    if (version !== String(this.statements.dataVersion.get()) || !count) return undefined;
    return this.writes.since(tenantId, kind, Number(count));
  }

  /**
   * Filters are checked in memory on a partition held there. Otherwise an equality filter with few matches drives a
   * SQL walk; failing that, a partition small enough is loaded into memory, and a larger one's filters are checked
   * per row in SQL along the list order.
   */
  private page(
    tenantId: string,
    kind: DocKind,
    query: ListQuery,
    bodies: boolean,
  ): { entries: ListedRow[]; continuationToken?: string } {
    const filters = query.filters ?? [];
    const after = decodeToken(query.continuationToken);
    const checked = filters.filter((filter) => isChecked(filter, query.orderBy));
    this.projections.invalidateIfChanged(this.statements.dataVersion.get() as number);
    const inMemory = () => this.filteredPage(tenantId, kind, query, bodies, after);
    if (checked.length > 0 && this.projections.holds(tenantId, kind)) return inMemory();
    const driver = this.driverOf(tenantId, kind, checked);
    if (!driver && checked.length > 0 && this.projections.fits(tenantId, kind)) return inMemory();
    const { sql, params } = walk({ tenantId, kind, filters, orderBy: query.orderBy, after, driver, bodies });
    const { rows, continuationToken } = cut(this.prepared(sql).all(...params, query.limit + 1), query.limit);
    return { entries: rows, continuationToken };
  }

  /** The equality filter with the fewest matches, when they are few enough to read and sort them all. */
  private driverOf(tenantId: string, kind: DocKind, filters: Filter[]): Driver | undefined {
    let best: { driver: Driver; matches: number } | undefined;
    for (const filter of filters) {
      if (filter.op !== 'eq') continue;
      const matches =
        this.statements.countMatches.get(tenantId, kind, filter.field, sqlValue(filter), this.driverLimit + 1) ?? 0;
      if (matches <= this.driverLimit && (!best || matches < best.matches)) best = { driver: filter, matches };
    }
    return best?.driver;
  }

  /**
   * A list with filters, answered from the in-memory projections and list order: the filters are checked per
   * document in order until the page is full, and only the page's bodies are read. The walk takes the shortest
   * order that an equality filter narrows to, so it passes over few documents that fail. Without bodies, the page's
   * version tags come from memory too, and no row is read at all.
   */
  private filteredPage(
    tenantId: string,
    kind: DocKind,
    query: ListQuery,
    bodies: boolean,
    after?: Keyset,
  ): { entries: ListedRow[]; continuationToken?: string } {
    const found = walkInMemory(this.projections, tenantId, kind, query, after);
    const { rows, continuationToken } = cut(found, query.limit);
    const byId = bodies ? this.bodiesOf(tenantId, kind, rows) : undefined;
    const versions = bodies ? undefined : this.projections.versionsOf(tenantId, kind);
    const entries = rows.map(({ id, sort }): ListedRow => {
      const row = byId?.get(id);
      const etag = row?.etag ?? versions?.get(id);
      if (etag === undefined) throw new Error(`Index row without document: ${kind} ${id}`);
      return row ? { ...row, sort } : { id, etag, sort };
    });
    return { entries, continuationToken };
  }

  /** The rows of a page's documents, read in one statement. */
  private bodiesOf(tenantId: string, kind: DocKind, entries: OrderEntry[]): Map<string, Row> {
    const ids = JSON.stringify(entries.map((entry) => entry.id));
    return new Map(this.statements.getMany.all(tenantId, kind, ids).map((row) => [row.id, row] as const));
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
    this.statements.removeIndex.run(tenantId, op.kind, op.id);
    if (op.op === 'delete') {
      this.statements.remove.run(tenantId, op.kind, op.id);
      return undefined;
    }
    const etag = randomUUID();
    const body = Buffer.from(JSON.stringify(op.body), 'utf8');
    const expiresAt = op.expiresAt ?? null;
    if (found) this.statements.update.run(etag, body, expiresAt, tenantId, op.kind, op.id);
    else this.statements.insert.run(tenantId, op.kind, op.id, etag, body, expiresAt);
    for (const [field, value] of indexEntries(op.index))
      this.statements.addIndex.run(tenantId, op.kind, field, value, op.id);
    return { kind: op.kind, tenantId, id: op.id, etag, body: op.body };
  }
}

/** Databases made before documents could expire get the column, and the index that finds expired rows. */
function addExpiryColumn(db: Database.Database): void {
  const columns = db.pragma('table_info(docs)') as { name: string }[];
  if (!columns.some((column) => column.name === 'expires_at')) db.exec('ALTER TABLE docs ADD COLUMN expires_at TEXT');
  db.exec('CREATE INDEX IF NOT EXISTS docs_by_expiry ON docs (expires_at) WHERE expires_at IS NOT NULL');
}
