// Writes many operations in batches small enough for one atomic store write (Cosmos DB allows 100 per batch).
import type { Repository, WriteOp } from '../store/types';

export const BATCH_SIZE = 100;

/** Writes the operations in order, `BATCH_SIZE` at a time; each batch is atomic, the whole is not. */
export async function writeInBatches(store: Repository, tenantId: string, ops: WriteOp[]): Promise<void> {
  for (let i = 0; i < ops.length; i += BATCH_SIZE) {
    await store.write(tenantId, ops.slice(i, i + BATCH_SIZE));
  }
}
