// Values computed from a whole tenant's records (follow-up at a glance, the dashboard's overview), kept while the
// records they read are unchanged: a repeated read costs a lookup instead of a pass over every contract.
import type { DocKind, Repository } from '../store/types';

/** How many values one memo keeps by default, across tenants and keys; the least recently used goes first. */
const MAX_ENTRIES = 32;

/**
 * A memo of values computed from the tenant's documents of `kinds`: `get` answers the value kept for the tenant and
 * key while the store's revision of those kinds is unchanged, and computes (and keeps) it afresh otherwise. A store
 * without revisions computes every time. The key must name everything else the value depends on (the day, the query).
 */
export function tenantMemo<T>(kinds: readonly DocKind[], maxEntries = MAX_ENTRIES) {
  const kept = new Map<string, { revision: string; value: Promise<T> }>();
  return {
    get(store: Repository, tenantId: string, key: string, compute: () => Promise<T>): Promise<T> {
      // Read before computing: a write while it runs moves the revision, and the next call computes again.
      const revision = store.revision?.(tenantId, kinds);
      if (revision === undefined) return compute();
      const id = `${tenantId}\u0000${key}`;
      const hit = kept.get(id);
      kept.delete(id);
      if (hit && hit.revision === revision) {
        kept.set(id, hit);
        return hit.value;
      }
      const value = compute();
      kept.set(id, { revision, value });
      value.catch(() => {
        if (kept.get(id)?.value === value) kept.delete(id);
      });
      for (const oldest of kept.keys()) {
        if (kept.size <= maxEntries) break;
        kept.delete(oldest);
      }
      return value;
    },
  };
}
