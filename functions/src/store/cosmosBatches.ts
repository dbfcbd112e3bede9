// How a write is cut into Cosmos DB transactional batches: at most 100 operations and 2 MB of request each.
/** Cosmos DB's limit on operations in one transactional batch. */
export const MAX_BATCH_OPS = 100;

/**
 * Cosmos DB's limit on a transactional batch's request is 2 MB; the batch's own envelope and each operation's
 * headers take some of it, so the operations' JSON is kept below this.
 */
export const MAX_BATCH_BYTES = 1_800_000;

/**
 * Consecutive runs of the operations, in order, each within both limits (an operation larger than the byte limit on
 * its own forms a run of one, which Cosmos then refuses as too large, as it would any item over 2 MB).
 */
export function batchesOf<T>(ops: T[], maxOps = MAX_BATCH_OPS, maxBytes = MAX_BATCH_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const op of ops) {
    const size = Buffer.byteLength(JSON.stringify(op));
    if (current.length > 0 && (current.length >= maxOps || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
