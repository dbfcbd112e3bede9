// Builds the parameterised Cosmos SQL for list and count, and wraps the SDK's continuation tokens.
import { createHash } from 'node:crypto';

import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';

import { invalidContinuationToken } from './errors';
import type { DocKind, Filter } from './types';

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The SQL path of a field of `c.ix` or `c.sk`. Field names come from code, but they are spliced into SQL,
 * so anything but a plain identifier is a bug. Brackets, because names such as `value` are keywords.
 */
function fieldPath(object: 'ix' | 'sk', field: string): string {
  if (!FIELD_NAME.test(field)) throw new Error(`Invalid index field name: ${JSON.stringify(field)}`);
  return `c.${object}["${field}"]`;
}

/** The condition on one value `v` for a filter whose value is bound to `p`. */
function condition(filter: Filter, v: string, p: string): string {
  if (filter.op === 'lte') return `${v} <= ${p}`;
  if (filter.op === 'gte') return `${v} >= ${p}`;
  if (filter.op === 'in') return `ARRAY_CONTAINS(${p}, ${v})`;
  return `CONTAINS(${v}, ${p})`;
}

/**
 * Scalar and array ("any of") index fields both match. `eq` uses ARRAY_CONTAINS, which the index serves;
 * the others test each element. The ternary (rather than `x OR EXISTS(...)`) is because the test server
 * fails on a subquery over a scalar; real Cosmos evaluates both forms the same.
 */
function filterClause(filter: Filter, p: string): string {
  const path = fieldPath('ix', filter.field);
  if (filter.op === 'eq') return `(${path} = ${p} OR ARRAY_CONTAINS(${path}, ${p}))`;
  return `(IS_ARRAY(${path}) ? EXISTS(SELECT VALUE v FROM v IN ${path} WHERE ${condition(filter, 'v', p)}) : ${condition(filter, path, p)})`;
}

function where(tenantId: string, kind: DocKind, filters: Filter[]): { text: string; parameters: SqlParameter[] } {
  const parameters: SqlParameter[] = [
    { name: '@t', value: tenantId },
    { name: '@k', value: kind },
  ];
  const clauses = ['c.tenantId = @t', 'c.kind = @k'];
  filters.forEach((filter, i) => {
    parameters.push({ name: `@v${i}`, value: filter.value });
    clauses.push(filterClause(filter, `@v${i}`));
  });
  return { text: clauses.join(' AND '), parameters };
}

/**
 * The fields the API lists in order. The container has a composite index on (kind, the field's sort key) for each,
 * and on (kind, id), so a list of one kind in one of these orders is read from the index in order, a page at a time;
 * a list is ordered by `c.kind` first to use it (one kind per query, so the order is the same). See
 * `INDEXING_POLICY` in cosmos.ts.
 */
export const INDEXED_ORDERS = [
  'name',
  'title',
  'reference',
  'version',
  'newestFirst',
  'dueDate',
  'openDueDate',
  'activeDueDate',
  'dueKey',
  'endDate',
  'providerName',
  'costRank',
  'deviatingFirst',
  'minDayRate',
  'negotiatedAt',
  'specialRateEnd',
] as const;

const INDEXED = new Set<string>(INDEXED_ORDERS);

/** The ORDER BY of a list: by kind first where a composite index serves the order, which real Cosmos DB requires. */
function orderClause(orderBy: string | undefined): string {
  if (!orderBy) return 'c.kind, c.id';
  const path = fieldPath('sk', orderBy);
  return INDEXED.has(orderBy) ? `c.kind, ${path}` : path;
}

/**
 * One page of documents (ids and version tags only without `bodies`), ordered by the field's sort key (value, then id)
 * or by id. A document without the field is not listed in its order (as in the embedded store): Cosmos DB would list
 * it first in an order by one property, and not at all in an order by two.
 */
export function listQuery(
  tenantId: string,
  kind: DocKind,
  filters: Filter[],
  orderBy: string | undefined,
  bodies = true,
): SqlQuerySpec {
  const { text, parameters } = where(tenantId, kind, filters);
  const defined = orderBy ? ` AND IS_DEFINED(${fieldPath('sk', orderBy)})` : '';
  const columns = bodies ? 'c.entityId, c.body, c._etag' : 'c.entityId, c._etag';
  return { query: `SELECT ${columns} FROM c WHERE ${text}${defined} ORDER BY ${orderClause(orderBy)}`, parameters };
}

/**
 * One count per group in one query: `SUM` of 1 for each document matching the group's filters besides the common
 * ones, in columns `g0`, `g1`, … (a partition query may have several aggregates).
 */
export function countEachQuery(tenantId: string, kind: DocKind, filters: Filter[], groups: Filter[][]): SqlQuerySpec {
  const { text, parameters } = where(tenantId, kind, filters);
  const columns = groups.map((group, g) => {
    const clauses = group.map((filter, i) => {
      const name = `@g${g}v${i}`;
      parameters.push({ name, value: filter.value });
      return filterClause(filter, name);
    });
    return `SUM((${clauses.length > 0 ? clauses.join(' AND ') : 'true'}) ? 1 : 0) AS g${g}`;
  });
  return { query: `SELECT ${columns.join(', ')} FROM c WHERE ${text}`, parameters };
}

export function countQuery(tenantId: string, kind: DocKind, filters: Filter[]): SqlQuerySpec {
  const { text, parameters } = where(tenantId, kind, filters);
  return { query: `SELECT VALUE COUNT(1) FROM c WHERE ${text}`, parameters };
}

/** Ties a token to its query, so a token reused with other filters, order or tenant is refused. */
function fingerprint(spec: SqlQuerySpec): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('base64url').slice(0, 16);
}

/** Wraps the SDK's token with the query's fingerprint into one opaque string. */
export function wrapToken(spec: SqlQuerySpec, sdkToken: string): string {
  return Buffer.from(JSON.stringify({ q: fingerprint(spec), c: sdkToken })).toString('base64url');
}

/** The SDK token inside one of our tokens; anything else is a validation error. */
export function unwrapToken(spec: SqlQuerySpec, token: string | undefined): string | undefined {
  if (!token) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidContinuationToken();
  }
  if (typeof value !== 'object' || value === null || !('q' in value) || !('c' in value)) {
    throw invalidContinuationToken();
  }
  if (value.q !== fingerprint(spec) || typeof value.c !== 'string') throw invalidContinuationToken();
  return value.c;
}
