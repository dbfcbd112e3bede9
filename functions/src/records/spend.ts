// Writes that keep the spend per month (see shared/src/rules/spendAggregate.ts) in step with contracts as they are
// about to be stored, in the same atomic batch: each document is replaced at the version read (or created, or
// deleted once it holds nothing), so a concurrent write to the same document fails one of the two (412/409) rather
// than losing an update.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import {
  addSpend,
  isEmptySpend,
  type SpendDoc,
  spendDocIds,
  spendDocsOf,
} from '@koberollen/shared/rules/spendAggregate';
import type { BilledPeriod } from '@koberollen/shared/rules/spendBilled';
import { type ContractSpend, contractSpend, type YearWindow } from '@koberollen/shared/rules/spendMonths';

import { spendIndex } from '../indexes/spend';
import type { IndexFields, Repository, StoredDoc, WriteOp } from '../store/types';

/** What a contract's spend is grouped by besides the contract: its provider and case, and the municipality's name. */
export interface SpendParties {
  providers: Map<string, Provider>;
  cases: Map<string, Pick<Case, 'targetGroup'>>;
  /** The municipality's name: a public provider of that municipality is its own offer. */
  municipality?: string;
  /** By contract id, its invoices that count as spend (see spendBilled.ts); none when absent. */
  billed?: Map<string, BilledPeriod[]>;
}

/** The contract's spend in the window; none without its provider. */
export function spendOf(contract: Contract, parties: SpendParties, window: YearWindow): ContractSpend {
  const provider = parties.providers.get(contract.providerId);
  return contractSpend(
    {
      contract: provider ? contract : { ...contract, status: 'draft' },
      ownership: provider?.ownership ?? 'private',
      own: provider?.ownership === 'public' && provider.municipality === parties.municipality,
      offer: provider?.offers.findLast((o) => o.id === contract.offerId),
      targetGroup: parties.cases.get(contract.caseId)?.targetGroup,
      billed: parties.billed?.get(contract.id),
    },
    window,
  );
}

const json = (value: unknown) => JSON.stringify(value);

/** The write that brings a stored document (or none) to `body`: kept as read when nothing changed. */
export function versionedOp<T>(
  kind: 'spend' | 'contractSpend',
  id: string,
  body: T | undefined,
  stored: StoredDoc<T> | undefined,
  index: (body: T) => IndexFields,
): WriteOp[] {
  if (!stored) return body === undefined ? [] : [{ op: 'create', kind, id, body, index: index(body) }];
  if (body === undefined) return [{ op: 'delete', kind, id, ifMatch: stored.etag }];
  if (json(body) === json(stored.body)) return [];
  return [{ op: 'replace', kind, id, body, index: index(body), ifMatch: stored.etag }];
}

/**
 * Writes that replace the spend of the contracts named as stored (read here) by what `derive` makes of them, given
 * the invoices each holds as billed, and bring the aggregate documents from what they hold by as much: two store
 * reads, none per contract.
 */
export async function spendOps(
  store: Repository,
  tenantId: string,
  contractIds: string[],
  derive: (billed: Map<string, BilledPeriod[]>) => ContractSpend[],
): Promise<WriteOp[]> {
  if (contractIds.length === 0) return [];
  const kept = await store.getMany<ContractSpend>(tenantId, 'contractSpend', contractIds);
  const after = derive(new Map(kept.map((doc) => [doc.id, doc.body.billed ?? []])));
  const before = kept.map((doc) => doc.body);
  const ids = [...new Set([...before, ...after].flatMap(spendDocIds))];
  const stored = new Map((await store.getMany<SpendDoc>(tenantId, 'spend', ids)).map((doc) => [doc.id, doc]));
  const docs = new Map([...stored].map(([id, doc]) => [id, structuredClone(doc.body)]));
  for (const spend of before) addSpend(docs, spend, -1);
  for (const spend of after) addSpend(docs, spend, 1);
  const keptById = new Map(kept.map((doc) => [doc.id, doc]));
  return [
    ...after.flatMap((spend) =>
      versionedOp('contractSpend', spend.contractId, spend, keptById.get(spend.contractId), () => ({})),
    ),
    ...[...docs].flatMap(([id, doc]) =>
      versionedOp('spend', id, isEmptySpend(doc) ? undefined : doc, stored.get(id), spendIndex),
    ),
  ];
}

/** Every contract's spend and the documents they add up to, from nothing. */
export function spendFromScratch(contracts: Contract[], parties: SpendParties, window: YearWindow) {
  const spends = contracts.map((c) => spendOf(c, parties, window));
  return { spends, docs: spendDocsOf(spends) };
}

/** The upserts of every contract's spend and of the documents they add up to: for a store known to hold none. */
export function seedSpendOps(contracts: Contract[], parties: SpendParties, window: YearWindow): WriteOp[] {
  const { spends, docs } = spendFromScratch(contracts, parties, window);
  return [
    ...spends.map((spend): WriteOp => ({ op: 'upsert', kind: 'contractSpend', id: spend.contractId, body: spend })),
    ...[...docs].map(([id, doc]): WriteOp => ({ op: 'upsert', kind: 'spend', id, body: doc, index: spendIndex(doc) })),
  ];
}
