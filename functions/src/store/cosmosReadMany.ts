// Cosmos DB reads of documents by id, of one kind or several: a transactional batch of point reads per 100 documents,
// which (unlike a query) needs no query plan from the gateway first and costs what the point reads cost.
import type { Container, OperationInput } from '@azure/cosmos';

import { MAX_BATCH_OPS } from './cosmosBatches';
import { type CosmosRow, isExpired, isStorableId, itemId, toStoredDoc } from './cosmosDocs';
import { fromReadStatus, fromSdkError } from './cosmosErrors';
import { unavailable } from './errors';
import type { ReadOf, StoredDoc } from './types';

/** An item as a read returns it: the fields a query reads back, and its id. */
type Item = CosmosRow & { id: string };

/** The SDK error of a request as the store's, the cause kept; it rethrows a refused batch without its status. */
function failureOf(error: unknown): unknown {
  const failure = fromSdkError(error);
  if (failure !== error) return failure;
  const outage = unavailable();
  outage.cause = error;
  return outage;
}

/** The items with these ids in one query: what a batch could not read because another of its items is missing. */
async function queryItems(container: Container, tenantId: string, itemIds: string[]): Promise<Item[]> {
  const query = {
    query:
      'SELECT c.id, c.entityId, c.body, c._etag, c.expiresAt FROM c WHERE c.tenantId = @t AND ARRAY_CONTAINS(@ids, c.id)',
    parameters: [
      { name: '@t', value: tenantId },
      { name: '@ids', value: itemIds },
    ],
  };
  try {
    return (await container.items.query<Item>(query, { partitionKey: tenantId }).fetchAll()).resources;
  } catch (error) {
    throw failureOf(error);
  }
}

/**
 * The items with these ids (at most `MAX_BATCH_OPS`) in one partition: one batch of point reads. A batch is all or
 * nothing: when an item is missing, the service answers 404 for it and 424 for the reads it did not do (every other
 * one), and those are read by one query instead, so a read takes one request, or three with a missing item.
 */
async function readBatch(container: Container, tenantId: string, itemIds: string[]): Promise<Item[]> {
  const operations = itemIds.map((id): OperationInput => ({ operationType: 'Read', id, partitionKey: tenantId }));
  let results;
  try {
    results = (await container.items.batch(operations, tenantId)).result ?? [];
  } catch (error) {
    throw failureOf(error);
  }
  const rows: Item[] = [];
  const undone: string[] = [];
  itemIds.forEach((id, i) => {
    const status = results[i]?.statusCode;
    if (status === 200) rows.push(results[i]!.resourceBody as unknown as Item);
    else if (status === 424) undone.push(id);
    else if (status !== 404) throw fromReadStatus(status);
  });
  if (undone.length === itemIds.length) throw unavailable();
  return undone.length === 0 ? rows : [...rows, ...(await queryItems(container, tenantId, undone))];
}

/** The documents found of each read: a batch of point reads per `MAX_BATCH_OPS` documents, sent at once. */
export async function readEach(
  container: Container,
  tenantId: string,
  reads: readonly ReadOf[],
): Promise<StoredDoc[][]> {
  const wanted = reads.flatMap(({ kind, ids }) => ids.filter(isStorableId).map((id) => itemId(kind, id)));
  const itemIds = [...new Set(wanted)];
  const chunks = Array.from({ length: Math.ceil(itemIds.length / MAX_BATCH_OPS) }, (_, i) =>
    itemIds.slice(i * MAX_BATCH_OPS, (i + 1) * MAX_BATCH_OPS),
  );
  const found = new Map<string, Item>();
  for (const rows of await Promise.all(chunks.map((chunk) => readBatch(container, tenantId, chunk)))) {
    for (const row of rows) if (!isExpired(row)) found.set(row.id, row);
  }
  return reads.map(({ kind, ids }) =>
    [...new Set(ids)].flatMap((id) => {
      const row = found.get(itemId(kind, id));
      return row ? [toStoredDoc(tenantId, kind, row)] : [];
    }),
  );
}
