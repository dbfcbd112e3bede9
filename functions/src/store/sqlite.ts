// Embedded store: documents in one SQLite file, index fields in a side table, writes in transactions.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { decodeToken, encodeToken, type Keyset } from './continuation';
import { conflict, notFound, preconditionFailed, unavailable } from './errors';
import {
  compareValues,
  compileFilters,
  FILTER_COST,
  type OrderEntry,
  positionAfter,
  ProjectionCache,
  type StoredValue,
} from './projections';
import type { DocKind, Filter, IndexFields, ListQuery, Page, Repository, StoredDoc, WriteOp } from './types';

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

interface Row {
  id: string;
  etag: string;
  /** Bytes from point reads; text from list walks, where one small Buffer per row would cost more than it saves. */
  body: Buffer | string;
  sort?: string | number | null;
}

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

  /** `busyTimeoutMs`: how long a write waits for another connection's lock before giving up. */
  constructor(file: string, { busyTimeoutMs = 5000 }: { busyTimeoutMs?: number } = {}) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    this.db.exec(SCHEMA);
    this.statements = {
      get: this.db.prepare<[string, string, string], Row>(
        'SELECT id, etag, body FROM docs WHERE tenant_id = ? AND kind = ? AND id = ?',
      ),
      /** The documents of a page in one statement; ids as a JSON array. */
      getMany: this.db.prepare<[string, string, string], Row>(
        'SELECT id, etag, body FROM docs WHERE tenant_id = ? AND kind = ? AND id IN (SELECT value FROM json_each(?))',
      ),
      insert: this.db.prepare('INSERT INTO docs (tenant_id, kind, id, etag, body) VALUES (?, ?, ?, ?, ?)'),
      update: this.db.prepare('UPDATE docs SET etag = ?, body = ? WHERE tenant_id = ? AND kind = ? AND id = ?'),
      remove: this.db.prepare('DELETE FROM docs WHERE tenant_id = ? AND kind = ? AND id = ?'),
      removeIndex: this.db.prepare('DELETE FROM idx WHERE tenant_id = ? AND kind = ? AND id = ?'),
      addIndex: this.db.prepare('INSERT INTO idx (tenant_id, kind, field, value, id) VALUES (?, ?, ?, ?, ?)'),
      dataVersion: this.db.prepare('PRAGMA data_version').pluck(),
      loadIndex: this.db.prepare<[string, string], { id: string; field: string; value: StoredValue }>(
        'SELECT id, field, value FROM idx WHERE tenant_id = ? AND kind = ?',
      ),
    };
    this.projections = new ProjectionCache((tenantId, kind) => this.statements.loadIndex.iterate(tenantId, kind));
  }

  get<T>(tenantId: string, kind: DocKind, id: string): Promise<StoredDoc<T> | undefined> {
    return settle(() => {
      const row = this.statements.get.get(tenantId, kind, id);
      return row ? toDoc<T>(tenantId, kind, row) : undefined;
    });
  }

  list<T>(tenantId: string, kind: DocKind, query: ListQuery): Promise<Page<T>> {
    return settle(() => this.page<T>(tenantId, kind, query));
  }

  count(tenantId: string, kind: DocKind, filters: Filter[] = []): Promise<number> {
    return settle(() => {
      const { where, params } = whereClause(tenantId, kind, filters);
      const sql = `SELECT COUNT(*) AS n FROM docs d WHERE ${where}`;
      return this.db.prepare<unknown[], { n: number }>(sql).get(...params)?.n ?? 0;
    });
  }

  write(tenantId: string, ops: WriteOp[]): Promise<StoredDoc[]> {
    return settle(() => {
      const run = this.db.transaction((batch: WriteOp[]) => batch.map((op) => this.apply(tenantId, op)));
      const written = run(ops);
      for (const op of ops) {
        this.projections.apply(tenantId, op.kind, op.id, op.op === 'delete' ? undefined : op.index, op.op === 'delete');
      }
      return written.filter((doc): doc is StoredDoc => doc !== undefined);
    });
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  private page<T>(tenantId: string, kind: DocKind, query: ListQuery): Page<T> {
    const filters = query.filters ?? [];
    const after = decodeToken(query.continuationToken);
    // Range filters on the sort field bound the walk itself; any other filter is checked per row in memory.
    const checked = filters.filter((f) => f.field !== query.orderBy || (f.op !== 'lte' && f.op !== 'gte'));
    if (checked.length > 0) return this.filteredPage<T>(tenantId, kind, query, after);
    const { sql, params } = walk(tenantId, kind, filters, query.orderBy, after);
    const { rows, continuationToken } = cut(this.prepared(sql).all(...params, query.limit + 1), query.limit);
    return { items: rows.map((row) => toDoc<T>(tenantId, kind, row)), continuationToken };
  }

  /**
   * A list with filters, answered from the in-memory projections and list order: the filters are checked per
   * document in order until the page is full, and only the page's bodies are read.
   */
  private filteredPage<T>(tenantId: string, kind: DocKind, query: ListQuery, after?: Keyset): Page<T> {
    this.projections.invalidateIfChanged(this.statements.dataVersion.get() as number);
    const projections = this.projections.partition(tenantId, kind);
    const order = this.projections.order(tenantId, kind, query.orderBy ?? '');
    const filters = query.filters ?? [];
    const bounds = filters.filter(
      (f): f is Extract<Filter, { op: 'lte' | 'gte' }> =>
        f.field === query.orderBy && (f.op === 'gte' || f.op === 'lte'),
    );
    const lowest = bounds.filter((f) => f.op === 'gte').map((f) => f.value);
    const highest = bounds.filter((f) => f.op === 'lte').map((f) => f.value);
    let start = after ? positionAfter(order, after) : 0;
    for (const value of lowest) start = Math.max(start, positionAfter(order, { sort: value, id: '' }, true));
    const highestOf = (sort: StoredValue) => highest.some((value) => compareValues(sort, value) > 0);
    const passes = compileFilters(filters);
    const found: OrderEntry[] = [];
    for (let i = start; i < order.length && found.length <= query.limit; i++) {
      const entry = order[i]!;
      if (highest.length > 0 && highestOf(entry.sort)) break;
      if (passes(projections.get(entry.id))) found.push(entry);
    }
    const { rows, continuationToken } = cut(found, query.limit);
    const ids = rows.map((entry) => entry.id);
    const byId = new Map(
      this.statements.getMany.all(tenantId, kind, JSON.stringify(ids)).map((row) => [row.id, row] as const),
    );
    const items = ids.map((id) => {
      const row = byId.get(id);
      if (!row) throw new Error(`Index row without document: ${kind} ${id}`);
      return toDoc<T>(tenantId, kind, row);
    });
    return { items, continuationToken };
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
    const existing = this.statements.get.get(tenantId, op.kind, op.id);
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
    if (existing) this.statements.update.run(etag, body, tenantId, op.kind, op.id);
    else this.statements.insert.run(tenantId, op.kind, op.id, etag, body);
    for (const [field, value] of indexEntries(op.index))
      this.statements.addIndex.run(tenantId, op.kind, field, value, op.id);
    return { kind: op.kind, tenantId, id: op.id, etag, body: op.body };
  }
}

/** The body is parsed on first use: a list answered as stored (see `StoredDoc.json`) is never parsed at all. */
function toDoc<T>(tenantId: string, kind: DocKind, row: Row): StoredDoc<T> {
  let body: T | undefined;
  return {
    kind,
    tenantId,
    id: row.id,
    etag: row.etag,
    get json(): Uint8Array {
      return typeof row.body === 'string' ? Buffer.from(row.body, 'utf8') : row.body;
    },
    get body(): T {
      body ??= JSON.parse(typeof row.body === 'string' ? row.body : row.body.toString('utf8')) as T;
      return body;
    },
  };
}

/** Index rows of a projection; a scalar field listed as undefined is a NULL row, so it sorts first. */
function* indexEntries(index: IndexFields | undefined): Generator<[string, string | number | null]> {
  for (const [field, value] of Object.entries(index ?? {})) {
    if (value === undefined) yield [field, null];
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined) continue;
      yield [field, typeof v === 'boolean' ? Number(v) : v];
    }
  }
}

interface PageSql {
  sql: string;
  /** Every parameter but the final LIMIT. */
  params: unknown[];
}

/** Cuts `limit + 1` found rows into a page and the token that continues after its last row. */
function cut<R extends { id: string; sort?: StoredValue }>(found: R[], limit: number) {
  const rows = found.slice(0, limit);
  const last = rows[rows.length - 1];
  const more = found.length > limit && last !== undefined;
  return { rows, continuationToken: more ? encodeToken({ sort: last.sort ?? null, id: last.id }) : undefined };
}

/**
 * The list walk: documents in id order, or the sort field's index rows in (value, id) order joined to their
 * documents, so a page costs about `limit` index steps instead of sorting every match (milestones by due date stay
 * fast at hundreds of thousands). NULL (listed as undefined) sorts first; a document whose projection lacks the sort
 * field is not listed. Range filters on the sort field bound the walk.
 */
function walk(
  tenantId: string,
  kind: DocKind,
  filters: Filter[],
  orderBy: string | undefined,
  after: Keyset | undefined,
): PageSql {
  if (!orderBy) {
    const columns = 'd.id AS id, d.etag AS etag, CAST(d.body AS TEXT) AS body, NULL AS sort';
    const keyset = after ? ' AND d.id > ?' : '';
    return {
      sql: `SELECT ${columns} FROM docs d WHERE d.tenant_id = ? AND d.kind = ?${keyset} ORDER BY d.id LIMIT ?`,
      params: [tenantId, kind, ...(after ? [after.id] : [])],
    };
  }
  let bounds = '';
  const boundParams: unknown[] = [];
  if (after?.sort === null) {
    bounds = ' AND (s.value IS NOT NULL OR s.id > ?)';
    boundParams.push(after.id);
  } else if (after) {
    // `s.value >= ?` lets the index seek to the last row instead of scanning from the start.
    bounds = ' AND s.value >= ? AND (s.value > ? OR s.id > ?)';
    boundParams.push(after.sort, after.sort, after.id);
  }
  for (const filter of filters) {
    if (filter.field !== orderBy || (filter.op !== 'lte' && filter.op !== 'gte')) continue;
    bounds += ` AND s.value ${OPERATORS[filter.op]}`;
    boundParams.push(filter.value);
  }
  const from =
    'SELECT d.id AS id, d.etag AS etag, CAST(d.body AS TEXT) AS body, s.value AS sort FROM idx s' +
    ' JOIN docs d ON d.tenant_id = s.tenant_id AND d.kind = s.kind AND d.id = s.id';
  const sql = `${from} WHERE s.tenant_id = ? AND s.kind = ? AND s.field = ?${bounds} ORDER BY s.value, s.id LIMIT ?`;
  return { sql, params: [tenantId, kind, orderBy, ...boundParams] };
}

/** `contains` is LIKE with `\` escaping, so `%` and `_` in the searched text match themselves. */
const OPERATORS = { eq: '= ?', lte: '<= ?', gte: '>= ?', contains: "LIKE ? ESCAPE '\\'" } as const;

/**
 * Tenant, kind and filter conditions on the row alias `on` (`d` for documents, `s` for index rows: filters checked
 * on the index row run before the document, and its body, is read).
 */
function whereClause(
  tenantId: string,
  kind: DocKind,
  filters: Filter[],
  on: 'd' | 's' = 'd',
): { where: string; params: unknown[] } {
  const clauses = [`${on}.tenant_id = ?`, `${on}.kind = ?`];
  const params: unknown[] = [tenantId, kind];
  const ordered = [...filters].sort((a, b) => FILTER_COST[a.op] - FILTER_COST[b.op]);
  for (const filter of ordered) {
    clauses.push(
      `EXISTS (SELECT 1 FROM idx i WHERE i.tenant_id = ${on}.tenant_id AND i.kind = ${on}.kind AND i.field = ? AND i.value ${OPERATORS[filter.op]} AND i.id = ${on}.id)`,
    );
    const value = filter.op === 'contains' ? `%${filter.value.replace(/[\\%_]/g, '\\$&')}%` : filter.value;
    params.push(filter.field, typeof value === 'boolean' ? Number(value) : value);
  }
  return { where: clauses.join(' AND '), params };
}
