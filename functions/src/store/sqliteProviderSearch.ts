// The embedded store's provider search: each provider's search fields as typed columns of one row, written with it.
import type Database from 'better-sqlite3';

import type { Keyset } from './continuation';
import { type PageSql, sqlValue, TEXT_FIELD } from './sqliteWalk';
import type { DocKind, Filter, IndexFields, ListQuery } from './types';

/** The kind whose lists this table answers. */
const SEARCHED_KIND: DocKind = 'provider';

/** Single-valued index fields of a provider (see indexes/provider.ts) and their columns. */
const SCALARS: Record<string, string> = {
  name: 'name',
  region: 'region',
  municipality: 'municipality',
  ownership: 'ownership',
  minDayRate: 'min_day_rate',
  maxDayRate: 'max_day_rate',
  negotiatedAt: 'negotiated_at',
  [TEXT_FIELD]: 'text',
};

/** Multi-valued index fields, each kept as one text of its values between unit separators (U+001F). */
const LISTS: Record<string, string> = { targetGroup: 'target_groups' };

/**
 * The paragraph leads every index: a provider has a row for each paragraph it offers under, and one with the empty
 * paragraph that a search under any paragraph walks.
 */
const PARAGRAPH = 'paragraph';
const ANY_PARAGRAPH = '';

const SEPARATOR = '\u001f';

/**
 * A parameter as the search compares it. SQLite built with STAT4 (as better-sqlite3 is) probes its samples with the
 * value bound to a bare `?` that an index could use, and so compiles the statement anew on every run with new bindings;
 * the unary plus (no change to the value or its affinity) keeps the compiled statement, whose plan the query's shape
 * fixes anyway: the order's index, led by the region when one is given.
 */
const BOUND = '+?';

/** The orders the catalogue offers, each walked in an index led by the region or by the order alone. */
const ORDERS = ['name', 'min_day_rate', 'negotiated_at'];

/** The document's version tag, kept with its rows so a page of versions is read from an index alone. */
const ETAG = 'etag';

const COLUMNS = ['tenant_id', 'id', PARAGRAPH, ...Object.values(SCALARS), ...Object.values(LISTS), ETAG];

/**
 * A row per provider and paragraph (see `PARAGRAPH`). The indexes per order, led by the paragraph and then the region
 * or the order alone, carry the day rate the catalogue's usual filters check and the version tag a page answers, so a
 * page is found and answered within the index, without reading the rows it passes over or the documents it lists.
 */
const SCHEMA = `
CREATE TABLE provider_search (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, paragraph TEXT NOT NULL, name TEXT, region TEXT, municipality TEXT, ownership TEXT,
  min_day_rate REAL, max_day_rate REAL, negotiated_at TEXT, text TEXT,
  target_groups TEXT NOT NULL, etag TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id, paragraph)
) WITHOUT ROWID;
${ORDERS.map(
  (order) =>
    `CREATE INDEX provider_search_by_${order} ON provider_search` +
    ` (tenant_id, paragraph, ${order}, id, min_day_rate, etag);\n` +
    `CREATE INDEX provider_search_by_region_${order} ON provider_search` +
    ` (tenant_id, paragraph, region, ${order}, id, min_day_rate, etag);`,
).join('\n')}
`;

/**
 * Fills the table from the index rows and version tags a file made before it holds (every provider write keeps all
 * three): each provider's row under any paragraph, then a copy of it under each of its paragraphs.
 */
const FILL = `
INSERT INTO provider_search (${COLUMNS.join(', ')})
SELECT i.tenant_id, i.id, '${ANY_PARAGRAPH}',
  ${Object.keys(SCALARS)
    .map((field) => `MAX(value) FILTER (WHERE field = '${field}')`)
    .join(', ')},
  ${Object.keys(LISTS)
    .map(
      (field) =>
        `char(31) || COALESCE(group_concat(value, char(31)) FILTER (WHERE field = '${field}'), '') || char(31)`,
    )
    .join(', ')},
  (SELECT d.etag FROM docs d WHERE d.tenant_id = i.tenant_id AND d.kind = i.kind AND d.id = i.id)
FROM idx i WHERE i.kind = '${SEARCHED_KIND}' GROUP BY i.tenant_id, i.id;
INSERT INTO provider_search (${COLUMNS.join(', ')})
SELECT DISTINCT s.tenant_id, s.id, i.value, ${COLUMNS.slice(3)
  .map((column) => `s.${column}`)
  .join(', ')}
FROM provider_search s JOIN idx i ON i.tenant_id = s.tenant_id AND i.kind = '${SEARCHED_KIND}' AND i.id = s.id
  AND i.field = '${PARAGRAPH}'
WHERE s.paragraph = '${ANY_PARAGRAPH}';
`;

/**
 * Files made before the provider search had its table, or before the table kept version tags, get it (made anew),
 * filled in the same transaction: checked and made under the write lock, so two processes opening one file make it
 * once, and a file is never left with half a table.
 */
export function addProviderSearch(db: Database.Database): void {
  const current = db.prepare(`SELECT 1 FROM pragma_table_info('provider_search') WHERE name = '${ETAG}'`);
  db.transaction(() => {
    if (current.get()) return;
    db.exec('DROP TABLE IF EXISTS provider_search');
    db.exec(SCHEMA);
    db.exec(FILL);
  }).immediate();
}

type Scalar = string | number | null;

function scalar(value: IndexFields[string]): Scalar {
  if (Array.isArray(value)) return scalar(value[0]);
  if (value === undefined) return null;
  return typeof value === 'boolean' ? Number(value) : value;
}

function list(value: IndexFields[string]): string {
  const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined).map(String);
  return `${SEPARATOR}${values.join(SEPARATOR)}${SEPARATOR}`;
}

/** The statements that keep a provider's row with its document: called within the document's write transaction. */
export function providerSearchWriter(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO provider_search (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
  );
  const remove = db.prepare('DELETE FROM provider_search WHERE tenant_id = ? AND id = ?');
  return {
    remove(tenantId: string, kind: DocKind, id: string): void {
      if (kind === SEARCHED_KIND) remove.run(tenantId, id);
    },
    add(tenantId: string, kind: DocKind, id: string, etag: string, index: IndexFields | undefined): void {
      if (kind !== SEARCHED_KIND || !index) return;
      const scalars = Object.keys(SCALARS).map((field) => scalar(index[field]));
      const lists = Object.keys(LISTS).map((field) => list(index[field]));
      const paragraphs = [index[PARAGRAPH]].flat().filter((value) => value !== undefined);
      for (const paragraph of new Set([ANY_PARAGRAPH, ...paragraphs.map(String)]))
        insert.run(tenantId, id, paragraph, ...scalars, ...lists, etag);
    },
  };
}

/** A filter's condition on the row `s`, or undefined when this table cannot answer it. */
function condition(filter: Filter, orderColumn: string): PageSql | undefined {
  const column = SCALARS[filter.field];
  const listed = LISTS[filter.field];
  if (listed) {
    if (filter.op !== 'eq') return undefined;
    return { sql: `instr(s.${listed}, ?) > 0`, params: [`${SEPARATOR}${String(scalar(filter.value))}${SEPARATOR}`] };
  }
  if (!column) return undefined;
  if (filter.op === 'eq') return { sql: `s.${column} = ${BOUND}`, params: [sqlValue(filter)] };
  // A unary + keeps the planner from walking a range's index instead of the order's (led by the region, if given).
  const checked = column === orderColumn ? `s.${column}` : `+s.${column}`;
  switch (filter.op) {
    case 'in':
      return { sql: `${checked} IN (SELECT value FROM json_each(?))`, params: [sqlValue(filter)] };
    case 'lte':
      return { sql: `${checked} <= ${BOUND}`, params: [filter.value] };
    case 'gte':
      return { sql: `${checked} >= ${BOUND}`, params: [filter.value] };
    case 'contains':
      // A word of the free text long enough for trigrams is found in the full-text table, as the generic walk does.
      if (filter.field === TEXT_FIELD && [...filter.value].length >= 3) {
        return {
          sql: "s.id IN (SELECT t.id FROM idx_text t WHERE idx_text MATCH ? AND t.tenant_id = s.tenant_id AND t.kind = 'provider')",
          params: [`"${filter.value.replace(/"/g, '""')}"`],
        };
      }
      return { sql: `${checked} LIKE ? ESCAPE '\\'`, params: [sqlValue(filter)] };
  }
}

/** After the continuation's row in (order, id) order; NULL sorts first, as in the generic walk. */
function keyset(column: string, after: Keyset | undefined): PageSql {
  if (!after) return { sql: '', params: [] };
  if (after.sort === null) return { sql: ` AND (s.${column} IS NOT NULL OR s.id > ${BOUND})`, params: [after.id] };
  return {
    sql: ` AND s.${column} >= ${BOUND} AND (s.${column} > ${BOUND} OR s.id > ${BOUND})`,
    params: [after.sort, after.sort, after.id],
  };
}

/** The rows a page reads: its size and one more, which tells whether another page follows. */
function pageRows(query: ListQuery): number {
  if (!Number.isSafeInteger(query.limit) || query.limit < 1) throw new RangeError(`Invalid page size ${query.limit}`);
  return query.limit + 1;
}

/**
 * A page of the provider catalogue from the search table, or undefined when the query asks for what the table does not
 * keep (it is then walked on the generic index rows). Found on the table's rows alone: a page of versions reads no
 * document, a page of bodies only the page's documents. The statement reads the page's rows and one more (see `cut`).
 */
export function providerSearchSql(
  tenantId: string,
  kind: DocKind,
  query: ListQuery,
  after: Keyset | undefined,
  bodies: boolean,
): PageSql | undefined {
  if (kind !== SEARCHED_KIND) return undefined;
  const order = query.orderBy === undefined ? undefined : SCALARS[query.orderBy];
  if (!order || !ORDERS.includes(order)) return undefined;
  const filters = query.filters ?? [];
  const paragraphs = filters.filter((filter) => filter.field === PARAGRAPH);
  const [paragraph] = paragraphs;
  if (paragraphs.length > 1 || (paragraph && paragraph.op !== 'eq')) return undefined;
  const checks = filters.filter((filter) => filter !== paragraph).map((filter) => condition(filter, order));
  if (checks.some((check) => check === undefined)) return undefined;
  const where = checks.filter((check): check is PageSql => check !== undefined);
  const from = keyset(order, after);
  // A page of versions is the index's own columns; a page of bodies names the documents to read.
  const listed = bodies ? 's.tenant_id, s.id' : 's.id, s.etag';
  // The page's size is written into the statement: SQLite runs `LIMIT ?` markedly slower here (a few sizes are used).
  const page =
    `SELECT ${listed}, s.${order} AS sort FROM provider_search s WHERE s.tenant_id = ${BOUND} AND s.paragraph = ${BOUND}` +
    `${where.map((check) => ` AND ${check.sql}`).join('')}${from.sql} ORDER BY s.${order}, s.id LIMIT ${pageRows(query)}`;
  return {
    sql: bodies
      ? `SELECT d.id AS id, d.etag AS etag, CAST(d.body AS TEXT) AS body, p.sort AS sort FROM (${page}) p JOIN docs d` +
        ` ON d.tenant_id = p.tenant_id AND d.kind = '${SEARCHED_KIND}' AND d.id = p.id ORDER BY p.sort, p.id`
      : page,
    params: [
      tenantId,
      paragraph ? String(paragraph.value) : ANY_PARAGRAPH,
      ...where.flatMap((check) => check.params),
      ...from.params,
    ],
  };
}
