// The embedded store's list walk in memory, over a partition's projections held by the ProjectionCache.
import type { Keyset } from './continuation';
import {
  compareValues,
  compileFilters,
  type OrderEntry,
  positionAfter,
  type ProjectionCache,
  type StoredValue,
} from './projections';
import type { DocKind, Filter, ListQuery } from './types';

/**
 * Up to `limit + 1` documents of a list, in order: the list order narrowed by the query's equality filters, from the
 * continuation's position and within the range filters on the sort field, the other filters checked per document.
 * The same documents as the SQL walk (`walk` in sqliteWalk.ts) finds.
 */
export function walkInMemory(
  cache: ProjectionCache,
  tenantId: string,
  kind: DocKind,
  query: ListQuery,
  after?: Keyset,
): OrderEntry[] {
  const projections = cache.partition(tenantId, kind);
  const filters = query.filters ?? [];
  const { entries: order, implied } = cache.narrowestOrder(tenantId, kind, query.orderBy ?? '', filters);
  const bounds = filters.filter(
    (f): f is Extract<Filter, { op: 'lte' | 'gte' }> => f.field === query.orderBy && (f.op === 'gte' || f.op === 'lte'),
  );
  const lowest = bounds.filter((f) => f.op === 'gte').map((f) => f.value);
  const highest = bounds.filter((f) => f.op === 'lte').map((f) => f.value);
  let start = after ? positionAfter(order, after) : 0;
  for (const value of lowest) start = Math.max(start, positionAfter(order, { sort: value, id: '' }, true));
  const highestOf = (sort: StoredValue) => highest.some((value) => compareValues(sort, value) > 0);
  const passes = compileFilters(filters.filter((filter) => !implied.includes(filter)));
  const found: OrderEntry[] = [];
  for (let i = start; i < order.length && found.length <= query.limit; i++) {
    const entry = order[i]!;
    if (highest.length > 0 && highestOf(entry.sort)) break;
    if (passes(projections.get(entry.id))) found.push(entry);
  }
  return found;
}
