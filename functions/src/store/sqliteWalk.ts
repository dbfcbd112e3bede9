// The SQL of the embedded store's list walks and filter conditions, built as text plus parameters in text order.
import type { Keyset } from './continuation';
import type { DocKind, Filter, IndexValue } from './types';

/** A statement without its final `LIMIT ?`, and every parameter before it. */
export interface PageSql {
  sql: string;
  params: unknown[];
}

/** An equality or any-of filter whose few index rows drive the walk: its matches are read, then sorted. */
export type Driver = Extract<Filter, { op: 'eq' | 'in' }>;

/**
 * `contains` is LIKE with `\` escaping, so `%` and `_` in the searched text match themselves; `in` reads its values
 * from a JSON array.
 */
const OPERATORS = {
  eq: '= ?',
  in: 'IN (SELECT value FROM json_each(?))',
  lte: '<= ?',
  gte: '>= ?',
  contains: "LIKE ? ESCAPE '\\'",
} as const;

/** Cheap, usually selective equality checks first; substring matching last. */
const FILTER_COST: Record<Filter['op'], number> = { eq: 0, in: 0, lte: 1, gte: 1, contains: 2 };

/** The index field whose text is also kept in the trigram full-text table `idx_text` (see records/search.ts). */
export const TEXT_FIELD = 'text';

/** The shortest word the trigram index finds: shorter ones are matched with LIKE. */
const TRIGRAM = 3;

const stored = (value: IndexValue): string | number => (typeof value === 'boolean' ? Number(value) : value);

/** A filter's value as bound to SQL: booleans as 0/1, `contains` as a LIKE pattern, `in` as a JSON array. */
export function sqlValue(filter: Filter): unknown {
  if (filter.op === 'contains') return `%${filter.value.replace(/[\\%_]/g, '\\$&')}%`;
  if (filter.op === 'in') return JSON.stringify(filter.value.map(stored));
  return stored(filter.value);
}

/** Whether a filter is answered from the full-text table: a word of the free text long enough for trigrams. */
function isFullText(filter: Filter): filter is Extract<Filter, { op: 'contains' }> {
  return filter.op === 'contains' && filter.field === TEXT_FIELD && [...filter.value].length >= TRIGRAM;
}

/** A trigram query for a substring: one quoted phrase, so every character stands for itself. */
function phrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * One condition per filter on the row alias `on`, cheap kinds first (a stable sort keeps the caller's order): an
 * `EXISTS` on the index rows, or for a word of the free text, membership in its full-text matches (found once per
 * statement, not per row).
 */
function conditions(filters: Filter[], on: 'd' | 's', tenantId: string, kind: DocKind): PageSql {
  const ordered = [...filters].sort((a, b) => FILTER_COST[a.op] - FILTER_COST[b.op]);
  const params: unknown[] = [];
  const sql = ordered
    .map((filter) => {
      if (isFullText(filter)) {
        params.push(phrase(filter.value), tenantId, kind);
        return ` AND ${on}.id IN (SELECT t.id FROM idx_text t WHERE idx_text MATCH ? AND t.tenant_id = ? AND t.kind = ?)`;
      }
      params.push(filter.field, sqlValue(filter));
      return (
        ` AND EXISTS (SELECT 1 FROM idx i WHERE i.tenant_id = ${on}.tenant_id AND i.kind = ${on}.kind` +
        ` AND i.field = ? AND i.value ${OPERATORS[filter.op]} AND i.id = ${on}.id)`
      );
    })
    .join('');
  return { sql, params };
}

/**
 * Tenant, kind and filter conditions on the row alias `on` (`d` for documents, `s` for index rows: filters checked
 * on the index row run before the document, and its body, is read).
 */
export function whereClause(tenantId: string, kind: DocKind, filters: Filter[], on: 'd' | 's' = 'd'): PageSql {
  const checks = conditions(filters, on, tenantId, kind);
  return { sql: `${on}.tenant_id = ? AND ${on}.kind = ?${checks.sql}`, params: [tenantId, kind, ...checks.params] };
}

/** Bounds of an index walk: after the continuation's row, and within the range filters on the sort field. */
function bounds(orderBy: string, filters: Filter[], after: Keyset | undefined): PageSql {
  let sql = '';
  const params: unknown[] = [];
  if (after?.sort === null) {
    sql = ' AND (s.value IS NOT NULL OR s.id > ?)';
    params.push(after.id);
  } else if (after) {
    // `s.value >= ?` lets the index seek to the last row instead of scanning from the start.
    sql = ' AND s.value >= ? AND (s.value > ? OR s.id > ?)';
    params.push(after.sort, after.sort, after.id);
  }
  for (const filter of filters) {
    if (filter.field !== orderBy || (filter.op !== 'lte' && filter.op !== 'gte')) continue;
    sql += ` AND s.value ${OPERATORS[filter.op]}`;
    params.push(filter.value);
  }
  return { sql, params };
}

/** True for the filters a walk ordered by `orderBy` checks per row, not as bounds of the walk. */
export function isChecked(filter: Filter, orderBy: string | undefined): boolean {
  return filter.field !== orderBy || (filter.op !== 'lte' && filter.op !== 'gte');
}

/**
 * The ids of the documents every driver matches, each once: one driver's index rows, or the intersection of several
 * (two filters that each match thousands of documents may together match few).
 */
export function matchingIds(drivers: Driver[], tenantId: string, kind: DocKind): PageSql {
  // Named, because with the planner's statistics SQLite would serve `DISTINCT id` from the index in id order and scan
  // every index row of the kind (1.5 s for 22 milestones of 150 000 instead of 0.2 ms).
  const set = (driver: Driver) =>
    `SELECT id FROM idx INDEXED BY idx_by_value WHERE tenant_id = ? AND kind = ? AND field = ? AND value ${OPERATORS[driver.op]}`;
  return {
    sql: drivers.length === 1 ? `SELECT DISTINCT id FROM (${set(drivers[0]!)})` : drivers.map(set).join(' INTERSECT '),
    params: drivers.flatMap((driver) => [tenantId, kind, driver.field, sqlValue(driver)]),
  };
}

/** The drivers' matches, as the outer loop (`CROSS JOIN` keeps SQLite from reordering it). */
function driven(drivers: Driver[], inner: 'd' | 's', tenantId: string, kind: DocKind): PageSql {
  const ids = matchingIds(drivers, tenantId, kind);
  return {
    sql:
      `(${ids.sql}) f CROSS JOIN ${inner === 'd' ? 'docs d' : 'idx s'}` +
      ` ON ${inner}.tenant_id = ? AND ${inner}.kind = ? AND ${inner}.id = f.id`,
    params: [...ids.params, tenantId, kind],
  };
}

export interface Walk {
  tenantId: string;
  kind: DocKind;
  filters: Filter[];
  orderBy?: string;
  after?: Keyset;
  /** Selective equality or any-of filters to read the matches of, instead of walking the whole list order. */
  drivers?: Driver[];
  /** Whether the rows carry the documents' bodies, or ids and version tags only. */
  bodies: boolean;
}

/**
 * The list walk: documents in id order, or the sort field's index rows in (value, id) order joined to their
 * documents, so a page costs about `limit` index steps instead of sorting every match (milestones by due date stay
 * fast at hundreds of thousands). NULL (listed as undefined) sorts first; a document whose projection lacks the sort
 * field is not listed. Range filters on the sort field bound the walk; other filters are checked per row. With
 * drivers, only their matches are read and sorted.
 */
export function walk({ tenantId, kind, filters, orderBy, after, drivers = [], bodies }: Walk): PageSql {
  const columns = `d.id AS id, d.etag AS etag${bodies ? ', CAST(d.body AS TEXT) AS body' : ''}`;
  const checked = filters.filter((filter) => isChecked(filter, orderBy) && !drivers.includes(filter as Driver));
  const driver = drivers.length > 0 ? drivers : undefined;
  if (!orderBy) {
    const from = driver ? driven(driver, 'd', tenantId, kind) : { sql: 'docs d', params: [] };
    const where = whereClause(tenantId, kind, checked);
    const keyset = after ? ' AND d.id > ?' : '';
    return {
      sql: `SELECT ${columns}, NULL AS sort FROM ${from.sql} WHERE ${where.sql}${keyset} ORDER BY d.id LIMIT ?`,
      params: [...from.params, ...where.params, ...(after ? [after.id] : [])],
    };
  }
  const from = driver ? driven(driver, 's', tenantId, kind) : { sql: 'idx s', params: [] };
  const range = bounds(orderBy, filters, after);
  const checks = conditions(checked, 's', tenantId, kind);
  // The page is found on the index rows alone; only its documents are read (a driver's matches are sorted first).
  const page =
    `SELECT s.tenant_id, s.kind, s.id, s.value AS sort FROM ${from.sql}` +
    ` WHERE s.tenant_id = ? AND s.kind = ? AND s.field = ?${range.sql}${checks.sql} ORDER BY s.value, s.id LIMIT ?`;
  return {
    sql:
      `SELECT ${columns}, p.sort AS sort FROM (${page}) p` +
      ' JOIN docs d ON d.tenant_id = p.tenant_id AND d.kind = p.kind AND d.id = p.id ORDER BY p.sort, p.id',
    params: [...from.params, tenantId, kind, orderBy, ...range.params, ...checks.params],
  };
}

/**
 * Each distinct filter of the groups as a 0/1 column `f0`, `f1`, … of the documents `on` names, and for each group the
 * sum of the columns it needs. The document's values of each field the filters read are joined once (one index seek
 * per field, not one per filter: a count over tens of thousands of documents stays a count, not hundreds of thousands
 * of seeks), and a filter's column says whether any of them passes it, as an EXISTS would; a word of the free text
 * keeps its full-text check.
 */
function flags(groups: Filter[][], on: 'd' | 's', tenantId: string, kind: DocKind) {
  const columns = new Map<string, number>();
  const aliases = new Map<string, string>();
  const checks: PageSql[] = [];
  const flag = (filter: Filter): PageSql => {
    if (isFullText(filter)) {
      const check = conditions([filter], on, tenantId, kind);
      return { sql: `MAX(${check.sql.replace(/^ AND /, '')})`, params: check.params };
    }
    const alias = aliases.get(filter.field) ?? `j${aliases.size}`;
    aliases.set(filter.field, alias);
    return { sql: `COALESCE(MAX(${alias}.value ${OPERATORS[filter.op]}), 0)`, params: [sqlValue(filter)] };
  };
  const uses = groups.map((group) =>
    group.map((filter) => {
      const key = JSON.stringify(filter);
      let at = columns.get(key);
      if (at === undefined) {
        at = checks.length;
        columns.set(key, at);
        checks.push(flag(filter));
      }
      return `f${at}`;
    }),
  );
  const joined = [...aliases].map(([field, alias]) => ({
    sql:
      ` LEFT JOIN idx ${alias} ON ${alias}.tenant_id = ${on}.tenant_id AND ${alias}.kind = ${on}.kind` +
      ` AND ${alias}.id = ${on}.id AND ${alias}.field = ?`,
    params: [field],
  }));
  return {
    sql: ['1 AS one', ...checks.map((check, i) => `${check.sql} AS f${i}`)].join(', '),
    params: checks.flatMap((check) => check.params),
    joins: { sql: joined.map((join) => join.sql).join(''), params: joined.flatMap((join) => join.params) },
    sums: uses.map((names, i) => `COALESCE(SUM(${names.length > 0 ? names.join(' AND ') : 'one'}), 0) AS g${i}`),
  };
}

/**
 * One count per group of filters among the documents matching `filters`, as columns `g0`, `g1`, …. Each distinct
 * filter is checked once per document counted (the rows are materialised, so SQLite does not check it again for each
 * group). With a range filter among the common ones, the documents counted are found by seeking that field's index
 * rows within the range (each document once), not by passing over every document of the kind.
 */
export function countEachSql(tenantId: string, kind: DocKind, filters: Filter[], groups: Filter[][]): PageSql {
  const range = filters.find((f) => f.op === 'lte' || f.op === 'gte');
  const on = range ? 's' : 'd';
  const flagged = flags(groups, on, tenantId, kind);
  const counted = (from: PageSql, where: PageSql): PageSql => ({
    sql:
      `WITH m AS MATERIALIZED (SELECT ${flagged.sql} FROM ${from.sql}${flagged.joins.sql} WHERE ${where.sql}` +
      ` GROUP BY ${on}.id) SELECT ${flagged.sums.join(', ')} FROM m`,
    params: [...flagged.params, ...from.params, ...flagged.joins.params, ...where.params],
  });
  if (!range) return counted({ sql: 'docs d', params: [] }, whereClause(tenantId, kind, filters));
  const bounds = filters.filter((f) => f.field === range.field && (f.op === 'lte' || f.op === 'gte'));
  const rest = whereClause(
    tenantId,
    kind,
    filters.filter((f) => !bounds.includes(f)),
    's',
  );
  const limits = bounds.map((f) => ` AND r.value ${OPERATORS[f.op]}`).join('');
  const from =
    '(SELECT DISTINCT r.tenant_id, r.kind, r.id FROM idx r' +
    ` WHERE r.tenant_id = ? AND r.kind = ? AND r.field = ?${limits}) s`;
  return counted({ sql: from, params: [tenantId, kind, range.field, ...bounds.map((f) => f.value)] }, rest);
}
