// The SQLite store's in-memory copy of each (tenant, kind)'s index rows, so list filters run in JS, not a seek each.
import type { DocKind, Filter, IndexFields } from './types';

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
export const FILTER_COST: Record<Filter['op'], number> = { eq: 0, lte: 1, gte: 1, contains: 2 };

/**
 * The filters as one test of a document's index rows, with the same verdicts as the SQL filters (see
 * `whereClause` in sqlite.ts). Built once per query: a list tests it on every document it walks.
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

/** Narrows a list order to the documents whose field holds a value: an equality filter's posting list. */
export interface Selector {
  field: string;
  value: StoredValue;
}

/** A cached list order: by `field` (`''` for id order), over every document or only those its selectors pick. */
interface CachedOrder {
  field: string;
  selectors: Selector[];
  entries: OrderEntry[];
}

/** The most narrowed orders kept per partition; each write updates every one kept, so they stay few. */
const NARROWED_ORDERS_LIMIT = 64;

/** Where a `ProjectionCache` reads a (tenant, kind) partition from. */
export interface ProjectionSource {
  indexRows(tenantId: string, kind: DocKind): Iterable<{ id: string; field: string; value: StoredValue }>;
  versions(tenantId: string, kind: DocKind): Iterable<{ id: string; etag: string }>;
  /** The partition's document count, counted no further than `limit`. */
  count(tenantId: string, kind: DocKind, limit: number): number;
}

/**
 * Index projections per (tenant, kind), loaded on first use. The owner applies its own committed writes with
 * `apply`, and calls `invalidateIfChanged` with SQLite's data_version, which moves when another connection commits.
 */
export class ProjectionCache {
  private readonly partitions = new Map<string, Map<string, Projection>>();
  /** Each held partition's version tags by document id, so a list answered without bodies reads no row. */
  private readonly versions = new Map<string, Map<string, string>>();
  /** Sorted list orders per partition, keyed by field and selector, built on first use. */
  private readonly orders = new Map<string, Map<string, CachedOrder>>();
  /** Whether each partition asked about is small enough to load. */
  private readonly fitting = new Map<string, boolean>();
  private version: number | undefined;

  constructor(
    private readonly source: ProjectionSource,
    /** The most documents of one partition held in memory. */
    private readonly limit: number,
  ) {}

  invalidateIfChanged(dataVersion: number): void {
    if (this.version !== dataVersion) {
      this.partitions.clear();
      this.versions.clear();
      this.orders.clear();
      this.fitting.clear();
    }
    this.version = dataVersion;
  }

  /** Whether a partition is held in memory now. */
  holds(tenantId: string, kind: DocKind): boolean {
    return this.partitions.has(`${tenantId}\u0000${kind}`);
  }

  /**
   * Whether a partition is, or may be, held in memory: at most `limit` documents. Larger ones (a big municipality's
   * milestones) would cost seconds to load and hundreds of MB to keep, so their lists stay in SQL.
   */
  fits(tenantId: string, kind: DocKind): boolean {
    const key = `${tenantId}\u0000${kind}`;
    let fits = this.fitting.get(key);
    if (fits === undefined) {
      fits = this.partitions.has(key) || this.source.count(tenantId, kind, this.limit + 1) <= this.limit;
      this.fitting.set(key, fits);
    }
    return fits;
  }

  partition(tenantId: string, kind: DocKind): Map<string, Projection> {
    const key = `${tenantId}\u0000${kind}`;
    let projections = this.partitions.get(key);
    if (!projections) {
      projections = new Map();
      for (const row of this.source.indexRows(tenantId, kind)) {
        let projection = projections.get(row.id);
        if (!projection) projections.set(row.id, (projection = new Map<string, StoredValue[]>()));
        projection.set(row.field, [...(projection.get(row.field) ?? []), row.value]);
      }
      this.partitions.set(key, projections);
      this.versions.set(key, new Map([...this.source.versions(tenantId, kind)].map((row) => [row.id, row.etag])));
    }
    return projections;
  }

  /** The version tags of a partition's documents by id, loaded with its projections (see `partition`). */
  versionsOf(tenantId: string, kind: DocKind): ReadonlyMap<string, string> {
    this.partition(tenantId, kind);
    return this.versions.get(`${tenantId}\u0000${kind}`)!;
  }

  /**
   * The partition's documents in list order: by the field's values then id, or by id when `field` is ''. With
   * selectors, only the documents every one of them picks, so a query's equality filters walk their own matches, not
   * the partition. The least recently used narrowed orders are dropped beyond `NARROWED_ORDERS_LIMIT`.
   */
  order(tenantId: string, kind: DocKind, field: string, selectors: Selector[] = []): OrderEntry[] {
    const key = `${tenantId}\u0000${kind}`;
    let orders = this.orders.get(key);
    if (!orders) this.orders.set(key, (orders = new Map<string, CachedOrder>()));
    const orderKey = [field, ...selectors.map((s) => `${s.field}\u0000${JSON.stringify(s.value)}`).sort()].join(
      '\u0001',
    );
    let order = orders.get(orderKey);
    if (order && selectors.length > 0) {
      orders.delete(orderKey);
      orders.set(orderKey, order);
    }
    if (!order) {
      const entries =
        selectors.length > 0 ? this.narrowed(tenantId, kind, field, selectors) : this.sorted(tenantId, kind, field);
      orders.set(orderKey, (order = { field, selectors, entries }));
      dropOldestNarrowed(orders);
    }
    return order.entries;
  }

  private sorted(tenantId: string, kind: DocKind, field: string): OrderEntry[] {
    const entries: OrderEntry[] = [];
    for (const [id, projection] of this.partition(tenantId, kind)) entries.push(...entriesOf(id, projection, field));
    return entries.sort(compareEntries);
  }

  /** The documents every selector picks, from the shortest order one of them narrows to (the whole order for one). */
  private narrowed(tenantId: string, kind: DocKind, field: string, selectors: Selector[]): OrderEntry[] {
    const projections = this.partition(tenantId, kind);
    const from =
      selectors.length === 1
        ? this.order(tenantId, kind, field)
        : selectors
            .map((selector) => this.order(tenantId, kind, field, [selector]))
            .reduce((shortest, entries) => (entries.length < shortest.length ? entries : shortest));
    return from.filter((entry) => picksAll(selectors, projections.get(entry.id)));
  }

  /**
   * The order to walk for a list's filters: narrowed to the documents its equality filters pick, so every document
   * walked passes those (`implied`).
   */
  narrowestOrder(
    tenantId: string,
    kind: DocKind,
    field: string,
    filters: Filter[],
  ): { entries: OrderEntry[]; implied: Filter[] } {
    const implied = filters.filter((filter) => filter.op === 'eq');
    const selectors = implied.map((filter) => ({ field: filter.field, value: storedValue(filter.value) }));
    return { entries: this.order(tenantId, kind, field, selectors), implied };
  }

  /**
   * Records a committed write in a loaded partition (unloaded ones load fresh when needed): the document's new index
   * and version tag, or undefined for a deletion.
   */
  apply(
    tenantId: string,
    kind: DocKind,
    id: string,
    written: { index: IndexFields | undefined; etag: string } | undefined,
  ): void {
    const key = `${tenantId}\u0000${kind}`;
    const projections = this.partitions.get(key);
    if (!projections) return;
    const before = projections.get(id);
    const after = written && storedProjection(written.index);
    if (after) projections.set(id, after);
    else projections.delete(id);
    if (written) this.versions.get(key)?.set(id, written.etag);
    else this.versions.get(key)?.delete(id);
    for (const { field, selectors, entries } of this.orders.get(key)?.values() ?? []) {
      for (const entry of before ? entriesOf(id, before, field) : []) {
        const at = positionAfter(entries, entry, true);
        if (entries[at] && compareEntries(entries[at], entry) === 0) entries.splice(at, 1);
      }
      if (!picksAll(selectors, after)) continue;
      for (const entry of after ? entriesOf(id, after, field) : []) {
        entries.splice(positionAfter(entries, entry), 0, entry);
      }
    }
  }
}

function picksAll(selectors: Selector[], projection: Projection | undefined): boolean {
  return projection !== undefined && selectors.every((s) => projection.get(s.field)?.includes(s.value) === true);
}

function dropOldestNarrowed(orders: Map<string, CachedOrder>): void {
  let narrowed = 0;
  for (const order of orders.values()) if (order.selectors.length > 0) narrowed += 1;
  for (const [key, order] of orders) {
    if (narrowed <= NARROWED_ORDERS_LIMIT) return;
    if (order.selectors.length === 0) continue;
    orders.delete(key);
    narrowed -= 1;
  }
}

/** A document's entries in an order: one per value of the field (none without it), or its id for id order. */
function entriesOf(id: string, projection: Projection, field: string): OrderEntry[] {
  if (field === '') return [{ sort: null, id }];
  return (projection.get(field) ?? []).map((sort) => ({ sort, id }));
}
