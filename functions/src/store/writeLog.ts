// The writes one store connection made, per tenant and kind: how many, and which documents the latest ones touched.
import type { DocKind } from './types';

/** How many of the latest written ids a (tenant, kind) keeps at least; a reader further behind reads afresh. */
const KEPT = 4096;

interface Log {
  /** Writes so far. */
  count: number;
  /** The ids of the latest writes, oldest first: the last `ids.length` of the `count` writes. */
  ids: string[];
}

export class WriteLog {
  private readonly logs = new Map<string, Log>();

  record(tenantId: string, kind: DocKind, id: string): void {
    const key = `${tenantId}\u0000${kind}`;
    let log = this.logs.get(key);
    if (!log) this.logs.set(key, (log = { count: 0, ids: [] }));
    log.count += 1;
    log.ids.push(id);
    // Dropped in halves, so a steady stream of writes costs a shift of the array now and then, not on every write.
    if (log.ids.length > 2 * KEPT) log.ids.splice(0, log.ids.length - KEPT);
  }

  /** How many writes the (tenant, kind) has had. */
  count(tenantId: string, kind: DocKind): number {
    return this.logs.get(`${tenantId}\u0000${kind}`)?.count ?? 0;
  }

  /** The ids of the writes after the first `count`, oldest first; undefined when they are no longer all kept. */
  since(tenantId: string, kind: DocKind, count: number): string[] | undefined {
    const log = this.logs.get(`${tenantId}\u0000${kind}`) ?? { count: 0, ids: [] };
    const forgotten = log.count - log.ids.length;
    if (!Number.isInteger(count) || count < forgotten || count > log.count) return undefined;
    return log.ids.slice(count - forgotten);
  }
}
