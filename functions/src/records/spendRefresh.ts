// Brings the kept spend of a page of contracts (see records/spend.ts) to what they add up to today, by difference: each
// contract's stored spend is taken from the documents it is kept in and its new spend added, in atomic batches that
// hold a contract's spend together with every document it moves, so a run stopped between batches leaves the documents
// equal to the sum of the contracts' kept spend and the next run finishes the rest.
import type { Contract } from '@koberollen/shared/domain/contract';
import { ConflictError, NotFoundError, PreconditionFailedError } from '@koberollen/shared/errors';
import { addSpend, isEmptySpend, type SpendDoc, spendDocIds } from '@koberollen/shared/rules/spendAggregate';
import type { ContractSpend, YearWindow } from '@koberollen/shared/rules/spendMonths';

import { spendIndex } from '../indexes/spend';
import type { Repository, StoredDoc, WriteOp } from '../store/types';
import { spendOf, type SpendParties, versionedOp } from './spend';

/** Cosmos DB's limit on operations in one transactional batch. */
const MAX_BATCH = 100;

const json = (value: unknown) => JSON.stringify(value);

interface Change {
  after: ContractSpend;
  kept?: StoredDoc<ContractSpend>;
  /** The documents the contract's spend is kept in, before and after. */
  docIds: string[];
}

/** The changes in groups small enough for one batch: each group's contracts and the documents they move. */
function groupsOf(changes: Change[]): Change[][] {
  const groups: Change[][] = [];
  let group: Change[] = [];
  let ids = new Set<string>();
  for (const change of changes) {
    const grown = new Set([...ids, ...change.docIds]);
    if (group.length > 0 && group.length + 1 + grown.size > MAX_BATCH) {
      groups.push(group);
      group = [];
      ids = new Set(change.docIds);
    } else ids = grown;
    group.push(change);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * Writes what moved in these contracts' spend (their invoices' billed periods in `parties`): returns how many
 * documents it wrote. A batch that a user's write changed meanwhile is left as it is: that write kept the documents in
 * step with its own contract, and the next run derives this one's again.
 */
export async function refreshSpendPage(
  store: Repository,
  tenantId: string,
  contracts: Contract[],
  parties: SpendParties,
  window: YearWindow,
): Promise<number> {
  if (contracts.length === 0) return 0;
  const kept = new Map(
    (
      await store.getMany<ContractSpend>(
        tenantId,
        'contractSpend',
        contracts.map((c) => c.id),
      )
    ).map((doc) => [doc.id, doc]),
  );
  const changes = contracts.flatMap((contract): Change[] => {
    const after = spendOf(contract, parties, window);
    const before = kept.get(contract.id);
    if (before && json(before.body) === json(after)) return [];
    const docIds = [...new Set([...(before ? spendDocIds(before.body) : []), ...spendDocIds(after)])];
    return [{ after, kept: before, docIds }];
  });
  if (changes.length === 0) return 0;
  const wanted = [...new Set(changes.flatMap((c) => c.docIds))];
  const stored = new Map((await store.getMany<SpendDoc>(tenantId, 'spend', wanted)).map((doc) => [doc.id, doc]));
  let written = 0;
  for (const group of groupsOf(changes)) {
    const docs = new Map<string, SpendDoc>();
    for (const id of new Set(group.flatMap((c) => c.docIds))) {
      const doc = stored.get(id);
      if (doc) docs.set(id, structuredClone(doc.body));
    }
    for (const { after, kept: before } of group) {
      if (before) addSpend(docs, before.body, -1);
      addSpend(docs, after, 1);
    }
    const ops: WriteOp[] = [
      ...group.flatMap(({ after, kept: before }) =>
        versionedOp('contractSpend', after.contractId, after, before, () => ({})),
      ),
      ...[...docs].flatMap(([id, doc]) =>
        versionedOp('spend', id, isEmptySpend(doc) ? undefined : doc, stored.get(id), spendIndex),
      ),
    ];
    try {
      const result = await store.write(tenantId, ops);
      written += ops.length;
      for (const op of ops) if (op.op === 'delete' && op.kind === 'spend') stored.delete(op.id);
      for (const doc of result) if (doc.kind === 'spend') stored.set(doc.id, doc as StoredDoc<SpendDoc>);
    } catch (error) {
      const raced = [PreconditionFailedError, ConflictError, NotFoundError].some((kind) => error instanceof kind);
      if (!raced) throw error;
    }
  }
  return written;
}
