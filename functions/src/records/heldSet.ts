// A tenant's documents of one kind held in memory, in the compact form a computation over the whole tenant reads, and
// brought up to date by reading only the documents written since (the store's changedSince) instead of all of them.
import { matchesFilters, positionAfter, storedProjection, type StoredValue } from '../store/projections';
import type { DocKind, Filter, IndexFields, Repository, StoredDoc } from '../store/types';
import { mapAllDocs } from './collect';

/** How many sets one definition holds per store, across tenants and queries; the least recently read goes first. */
const MAX_SETS = 8;

export interface HeldKind<B, T> {
  kind: DocKind;
  /** The kind's index projection: whether a document read again matches the filters, and its place in the order. */
  index: (body: B) => IndexFields;
  /** What is held of a document: the parts the computations read. */
  keep: (body: B) => T;
}

/** Which documents a set holds, as a store list names them. */
export interface HeldQuery {
  filters?: Filter[];
  /** A scalar index field to order by (then by id); by id alone without it. A document without the field is left out. */
  orderBy?: string;
}

/** A store that lists what was written since a revision. */
type Feed = Repository & Required<Pick<Repository, 'revision' | 'changedSince'>>;

/** Whether held sets of the store are kept between reads: it has a change feed. */
export const holdsSets = (store: Repository): store is Feed =>
  store.revision !== undefined && store.changedSince !== undefined;

interface Entry<T> {
  sort: StoredValue;
  id: string;
  value: T;
}

interface Held<T> {
  /** The store's revision of the kind the entries were read at, or after. */
  revision: string;
  /** In list order. */
  entries: Entry<T>[];
  byId: Map<string, Entry<T>>;
  /** The values in list order, made on first read after a change. */
  values?: T[];
}

/**
 * A held set of documents of one kind per store, tenant and query. `read` answers what a list of the query would
 * answer now, in its order, each document as `keep` made it: on a store with a change feed (`revision` and
 * `changedSince`), from memory, reading again only the documents written since the last read; otherwise, and
 * whenever the store cannot list what changed, from a full list. Reads of one set run one after another. The values
 * are shared between reads: callers must not change them.
 */
export function heldSet<B, T>(definition: HeldKind<B, T>) {
  const { kind, index, keep } = definition;
  const stores = new WeakMap<Repository, Map<string, Promise<Held<T>>>>();

  const sortOf = (orderBy: string | undefined, body: B): StoredValue | undefined =>
    orderBy === undefined ? null : storedProjection(index(body)).get(orderBy)?.[0];

  async function load(store: Repository, tenantId: string, query: HeldQuery, revision: string): Promise<Held<T>> {
    const read = (doc: StoredDoc<B>) => ({
      sort: sortOf(query.orderBy, doc.body) ?? null,
      id: doc.id,
      value: keep(doc.body),
    });
    const entries = await mapAllDocs(store, tenantId, kind, read, query.filters, query.orderBy);
    return { revision, entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
  }

  /** Reads the documents written since the held revision again, or everything when the store cannot list them. */
  async function refresh(store: Feed, tenantId: string, query: HeldQuery, held?: Held<T>): Promise<Held<T>> {
    // Read before the documents: a write while they are read moves it, and the next read reads that document again.
    const revision = store.revision(tenantId, [kind]);
    if (held?.revision === revision) return held;
    const changed = held && store.changedSince(tenantId, kind, held.revision);
    if (!held || !changed) return load(store, tenantId, query, revision);
    for (const id of new Set(changed)) {
      const before = held.byId.get(id);
      if (before) {
        held.entries.splice(positionAfter(held.entries, before, true), 1);
        held.byId.delete(id);
      }
      const doc = await store.get<B>(tenantId, kind, id);
      if (!doc || !matchesFilters(storedProjection(index(doc.body)), query.filters ?? [])) continue;
      const sort = sortOf(query.orderBy, doc.body);
      if (sort === undefined) continue;
      const entry = { sort, id, value: keep(doc.body) };
      held.entries.splice(positionAfter(held.entries, entry), 0, entry);
      held.byId.set(id, entry);
    }
    held.revision = revision;
    held.values = undefined;
    return held;
  }

  return {
    async read(store: Repository, tenantId: string, query: HeldQuery = {}): Promise<T[]> {
      if (!holdsSets(store)) {
        return mapAllDocs<B, T>(store, tenantId, kind, (doc) => keep(doc.body), query.filters, query.orderBy);
      }
      let sets = stores.get(store);
      if (!sets) stores.set(store, (sets = new Map<string, Promise<Held<T>>>()));
      const key = `${tenantId}\u0000${JSON.stringify(query)}`;
      const previous = sets.get(key) ?? Promise.resolve(undefined);
      // A failed read leaves nothing to build on: the next one reads everything.
      const next = previous.then(
        (held) => refresh(store, tenantId, query, held),
        () => refresh(store, tenantId, query),
      );
      sets.delete(key);
      sets.set(key, next);
      for (const oldest of sets.keys()) {
        if (sets.size <= MAX_SETS) break;
        sets.delete(oldest);
      }
      const held = await next;
      held.values ??= held.entries.map((entry) => entry.value);
      return held.values;
    },
  };
}
