// Cosmos DB's tallies (see tallies.ts): one item per tenant and tallied kind holding its counts, changed in the same
// transactional batch as the documents it counts. The batch is guarded by the versions it was computed from (the
// tally item's and each counted document's), so a concurrent write makes it fail and it is computed again: no count
// is lost when two hosts write one municipality's milestones at once.
import type { Container, OperationResponse } from '@azure/cosmos';

import { itemId } from './cosmosDocs';
import { notFound, preconditionFailed } from './errors';
import { TALLIED, tallyChanges, tallyKey } from './tallies';
import type { DocKind, WriteOp } from './types';

/** The stored counts of one tallied kind. */
export interface TallyBody {
  counts: Record<string, number>;
}

/**
 * A batch made ready: the tally writes first (so that the test server, which applies a batch's operations one by one
 * without undoing them, stops at a lost race before anything is written), then the batch's own operations; and which
 * of them carry a guard this module added (a failure of one is retried).
 */
export interface TalliedBatch {
  ops: WriteOp[];
  /** How many tally writes lead the batch: its own operations' results follow them. */
  lead: number;
  guarded: Set<number>;
}

/** The statuses with which an added guard fails when another write came first. */
export const LOST_RACE = new Set([404, 409, 412]);

/** The counts of a tallied kind: one point read. */
export async function readTally(container: Container, tenantId: string, kind: DocKind): Promise<TallyBody | undefined> {
  const { resource } = await container.item(itemId('tally', kind), tenantId).read<{ body: TallyBody; _etag: string }>();
  return resource?.body;
}

interface Counted {
  entityId: string;
  key?: string;
  _etag: string;
}

/** The stored key and version of each document of `kind` the batch writes: one query. */
async function countedNow(container: Container, tenantId: string, kind: DocKind, ids: string[], field: string) {
  const query = {
    query: `SELECT c.entityId, c.ix["${field}"] AS key, c._etag FROM c WHERE c.tenantId = @t AND c.kind = @k AND ARRAY_CONTAINS(@ids, c.entityId)`,
    parameters: [
      { name: '@t', value: tenantId },
      { name: '@k', value: kind },
      { name: '@ids', value: ids },
    ],
  };
  const { resources } = await container.items.query<Counted>(query, { partitionKey: tenantId }).fetchAll();
  return new Map(resources.map((row) => [row.entityId, row]));
}

/**
 * A write of a tallied document guarded by the version it was counted from, or undefined when it is guarded already
 * (a create, or the caller's own `ifMatch`, checked here) or names a document that is not there (the write fails as it
 * would).
 */
function guardedWrite(op: WriteOp, stored: Counted | undefined): WriteOp | undefined {
  // Refused before the batch is sent, so that no count moves for it.
  if (op.op !== 'create' && op.op !== 'upsert' && op.ifMatch !== undefined && op.ifMatch !== stored?._etag) {
    throw stored ? preconditionFailed() : notFound(op.kind, op.id);
  }
  if (op.op === 'create' || (op.op !== 'upsert' && op.ifMatch !== undefined)) return undefined;
  if (!stored) return op.op === 'upsert' ? { ...op, op: 'create' } : undefined;
  if (op.op === 'delete') return { ...op, ifMatch: stored._etag };
  return { ...op, op: 'replace', ifMatch: stored._etag };
}

/**
 * The batch with each tallied kind's counts changed as its writes move documents between keys, or the batch as it
 * is when it writes no tallied document.
 */
export async function withTallies(container: Container, tenantId: string, ops: WriteOp[]): Promise<TalliedBatch> {
  const own = [...ops];
  const guards = new Set<number>();
  const tallies: WriteOp[] = [];
  for (const [kind, field] of Object.entries(TALLIED) as [DocKind, string][]) {
    const mine = ops.flatMap((op, i) => (op.kind === kind ? [i] : []));
    if (mine.length === 0) continue;
    const stored = await countedNow(container, tenantId, kind, [...new Set(mine.map((i) => ops[i]!.id))], field);
    const moves = mine.map((i): [string | undefined, string | undefined] => {
      const op = ops[i]!;
      const before = stored.get(op.id)?.key;
      const guarded = guardedWrite(op, stored.get(op.id));
      if (guarded) {
        own[i] = guarded;
        guards.add(i);
      }
      return [
        typeof before === 'string' ? before : undefined,
        op.op === 'delete' ? undefined : tallyKey(kind, op.index),
      ];
    });
    const changes = tallyChanges(moves);
    if (changes.size === 0) continue;
    const item = await container.item(itemId('tally', kind), tenantId).read<{ body: TallyBody; _etag: string }>();
    const counts = { ...(item.resource?.body.counts ?? {}) };
    for (const [key, n] of changes) {
      const total = (counts[key] ?? 0) + n;
      if (total > 0) counts[key] = total;
      else delete counts[key];
    }
    const body: TallyBody = { counts };
    tallies.push(
      item.resource
        ? { op: 'replace', kind: 'tally', id: kind, body, ifMatch: item.resource._etag }
        : { op: 'create', kind: 'tally', id: kind, body },
    );
  }
  const lead = tallies.length;
  const guarded = new Set([...tallies.keys(), ...[...guards].map((i) => i + lead)]);
  return { ops: [...tallies, ...own], lead, guarded };
}

/** Whether a refused batch failed only because another write came first at a guard this module added. */
export function lostRace(batch: TalliedBatch, results: OperationResponse[]): boolean {
  const index = results.findIndex((result) => result.statusCode >= 400 && result.statusCode !== 424);
  return batch.guarded.has(index) && LOST_RACE.has(results[index]!.statusCode);
}
