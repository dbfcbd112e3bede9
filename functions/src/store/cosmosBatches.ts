// How a write is cut into Cosmos DB transactional batches (at most 100 operations and 2 MB of request each), and how
// each of its operations is sent in one.
import type { OperationInput } from '@azure/cosmos';

import { itemId, toCosmosDoc } from './cosmosDocs';
import type { WriteOp } from './types';

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

/**
 * A write operation as a batch operation. Each names its partition (the batch's own) because the test
 * server reads it per operation; `ifMatch` on delete is part of the batch protocol but not the SDK's type.
 */
export function toOperation(tenantId: string, op: WriteOp): OperationInput {
  if (op.op === 'delete') {
    const remove: OperationInput & { ifMatch?: string } = {
      operationType: 'Delete',
      id: itemId(op.kind, op.id),
      partitionKey: tenantId,
      ifMatch: op.ifMatch,
    };
    return remove;
  }
  const resourceBody = toCosmosDoc(tenantId, op.kind, op.id, op.body, op.index, op.expiresAt);
  const partitionKey = tenantId;
  if (op.op === 'create') return { operationType: 'Create', partitionKey, resourceBody };
  if (op.op === 'upsert') return { operationType: 'Upsert', partitionKey, resourceBody };
  return { operationType: 'Replace', partitionKey, id: resourceBody.id, resourceBody, ifMatch: op.ifMatch };
}
