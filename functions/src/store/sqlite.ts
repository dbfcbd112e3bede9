// Embedded store: documents in one SQLite file, index fields in a side table, writes in transactions.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { decodeToken, encodeToken, type Keyset } from './continuation';
import { conflict, notFound, preconditionFailed, unavailable } from './errors';
import type { DocKind, Filter, IndexFields, ListQuery, Page, Repository, StoredDoc, WriteOp } from './types';

const SCHEMA = `
-- A rowid table keeps bodies of a few kB in the row itself; WITHOUT ROWID would move them to overflow pages.
CREATE TABLE IF NOT EXISTS docs (
  tenant_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body TEXT NOT NULL,
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
  body: string;
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
      insert: this.db.prepare('INSERT INTO docs (tenant_id, kind, id, etag, body) VALUES (?, ?, ?, ?, ?)'),
      update: this.db.prepare('UPDATE docs SET etag = ?, body = ? WHERE tenant_id = ? AND kind = ? AND id = ?'),
      remove: this.db.prepare('DELETE FROM docs WHERE tenant_id = ? AND kind = ? AND id = ?'),
      removeIndex: this.db.prepare('DELETE FROM idx WHERE tenant_id = ? AND kind = ? AND id = ?'),
      addIndex: this.db.prepare('INSERT INTO idx (tenant_id, kind, field, value, id) VALUES (?, ?, ?, ?, ?)'),
    };
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
      return run(ops).filter((doc): doc is StoredDoc => doc !== undefined);
    });
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  private page<T>(tenantId: string, kind: DocKind, query: ListQuery): Page<T> {
    const filters = query.filters ?? [];
    const after = decodeToken(query.continuationToken);
    const { sql, params } = query.orderBy
      ? orderedPage(tenantId, kind, filters, query.orderBy, after)
      : idPage(tenantId, kind, filters, after);
    const rows = this.prepared(sql).all(...params, query.limit + 1);
    const more = rows.length > query.limit;
    const pageRows = more ? rows.slice(0, query.limit) : rows;
    const last = pageRows[pageRows.length - 1];
    return {
      items: pageRows.map((row) => toDoc<T>(tenantId, kind, row)),
      continuationToken: more && last ? encodeToken({ sort: last.sort ?? null, id: last.id }) : undefined,
    };
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
    const body = JSON.stringify(op.body);
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
    json: row.body,
    get body(): T {
      body ??= JSON.parse(row.body) as T;
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

function idPage(tenantId: string, kind: DocKind, filters: Filter[], after: Keyset | undefined): PageSql {
  const { where, params } = whereClause(tenantId, kind, filters);
  const keyset = after ? ' AND d.id > ?' : '';
  return {
    sql: `SELECT d.id AS id, d.etag AS etag, d.body AS body FROM docs d WHERE ${where}${keyset} ORDER BY d.id LIMIT ?`,
    params: [...params, ...(after ? [after.id] : [])],
  };
}

/**
 * Walks the sort field's index rows in (value, id) order and joins each to its document, so a page costs about
 * `limit` index steps instead of sorting every match (milestones by due date stay fast at hundreds of thousands).
 * NULL (listed as undefined) sorts first; a document whose projection lacks the field is not listed.
 */
function orderedPage(tenantId: string, kind: DocKind, filters: Filter[], orderBy: string, after: Keyset | undefined) {
  const { where, params } = whereClause(tenantId, kind, filters, 's');
  let walk = '';
  const walkParams: unknown[] = [];
  if (after?.sort === null) {
    walk = ' AND (s.value IS NOT NULL OR s.id > ?)';
    walkParams.push(after.id);
  } else if (after) {
    // `s.value >= ?` lets the index seek to the last row instead of scanning from the start.
    walk = ' AND s.value >= ? AND (s.value > ? OR s.id > ?)';
    walkParams.push(after.sort, after.sort, after.id);
  }
  // Range filters on the sort field itself also bound the walk, so it starts and stops where they do.
  for (const filter of filters) {
    if (filter.field !== orderBy || (filter.op !== 'lte' && filter.op !== 'gte')) continue;
    walk += ` AND s.value ${OPERATORS[filter.op]}`;
    walkParams.push(filter.value);
  }
  const sql =
    'SELECT d.id AS id, d.etag AS etag, d.body AS body, s.value AS sort FROM idx s' +
    ' JOIN docs d ON d.tenant_id = s.tenant_id AND d.kind = s.kind AND d.id = s.id' +
    ` WHERE s.tenant_id = ? AND s.kind = ? AND s.field = ?${walk} AND ${where} ORDER BY s.value, s.id LIMIT ?`;
  return { sql, params: [tenantId, kind, orderBy, ...walkParams, ...params] } satisfies PageSql;
}

/** `contains` is LIKE with `\` escaping, so `%` and `_` in the searched text match themselves. */
const OPERATORS = { eq: '= ?', lte: '<= ?', gte: '>= ?', contains: "LIKE ? ESCAPE '\\'" } as const;

const FILTER_COST: Record<Filter['op'], number> = { eq: 0, lte: 1, gte: 1, contains: 2 };

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
  // Cheap, usually selective equality checks first; substring matching last.
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
