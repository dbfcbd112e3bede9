// Index projections checked in JS with the verdicts of the stores' filters: for records held in memory (records/heldSet.ts).
import type { Filter, IndexFields } from './types';

/** An index value as SQLite stores it: booleans as 0/1, a listed-but-undefined field as NULL. */
export type StoredValue = string | number | null;
export type Projection = Map<string, StoredValue[]>;

/** The stored form of an index projection. */
export function storedProjection(index: IndexFields | undefined): Projection {
  const projection: Projection = new Map();
  for (const [field, value] of Object.entries(index ?? {})) {
    const values = value === undefined ? [null] : (Array.isArray(value) ? value : [value]).map(storedValue);
    projection.set(field, values);
  }
  return projection;
}

function storedValue(value: string | number | boolean): string | number {
  return typeof value === 'boolean' ? Number(value) : value;
}

/** SQLite's order for the values we store: NULL, then numbers, then text by code point. */
export function compareValues(a: StoredValue, b: StoredValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0;
  return typeof a === 'number' ? -1 : 1;
}

/** One row of a list order: a sort value (NULL for id order) and the document id. */
export interface OrderEntry {
  sort: StoredValue;
  id: string;
}

/** `ORDER BY value, id`. */
export function compareEntries(a: OrderEntry, b: OrderEntry): number {
  return compareValues(a.sort, b.sort) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The first position in a sorted order whose entry is after `probe` (or at it, with `inclusive`). */
export function positionAfter(order: OrderEntry[], probe: OrderEntry, inclusive = false): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const c = compareEntries(order[mid]!, probe);
    if (c < 0 || (c === 0 && !inclusive)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Lower-cases A–Z only, as SQLite's LIKE does. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

type Check = (values: StoredValue[]) => boolean;

/** Whether any value passes `test`; a loop, as this runs for every document a list walks. */
function some(values: StoredValue[], test: (value: StoredValue) => boolean): boolean {
  for (const value of values) if (test(value)) return true;
  return false;
}

function checkOf(filter: Filter): Check {
  switch (filter.op) {
    case 'eq': {
      const wanted = storedValue(filter.value);
      return (values) => values.includes(wanted);
    }
    case 'in': {
      const wanted = filter.value.map(storedValue);
      return (values) => some(values, (v) => v !== null && wanted.includes(v));
    }
    case 'lte': {
      const bound = filter.value;
      return (values) => some(values, (v) => v !== null && compareValues(v, bound) <= 0);
    }
    case 'gte': {
      const bound = filter.value;
      return (values) => some(values, (v) => v !== null && compareValues(v, bound) >= 0);
    }
    case 'contains': {
      const needle = asciiLower(filter.value);
      return (values) => some(values, (v) => v !== null && asciiLower(String(v)).includes(needle));
    }
  }
}

const NO_VALUES: StoredValue[] = [];

/** Cheap, usually selective equality checks first; substring matching last (a stable sort keeps the caller's order). */
const FILTER_COST: Record<Filter['op'], number> = { eq: 0, in: 0, lte: 1, gte: 1, contains: 2 };

/**
 * The filters as one test of a document's index rows, with the same verdicts as the SQL filters (see
 * `whereClause` in sqliteWalk.ts). Built once per query: a list tests it on every document it walks.
 */
export function compileFilters(filters: Filter[]): (projection: Projection | undefined) => boolean {
  const checks = [...filters]
    .sort((a, b) => FILTER_COST[a.op] - FILTER_COST[b.op])
    .map((filter) => ({ field: filter.field, check: checkOf(filter) }));
  return (projection) => {
    if (!projection) return false;
    for (const { field, check } of checks) if (!check(projection.get(field) ?? NO_VALUES)) return false;
    return true;
  };
}

/** One-off form of `compileFilters`. */
export function matchesFilters(projection: Projection | undefined, filters: Filter[]): boolean {
  return compileFilters(filters)(projection);
}
