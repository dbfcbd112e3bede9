// Keeps the case and provider details copied into contracts (see ContractParties) in step when a case or provider changes.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, ContractParties } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { User } from '@koberollen/shared/domain/user';
import { contractParties } from '@koberollen/shared/rules/contractParties';
import { isoDateOf } from '@koberollen/shared/rules/dates';

import { contractFields, contractIndex } from '../indexes/contract';
import { collectAllDocs } from '../records/collect';
import { figureOps } from '../records/figures';
import type { Services } from '../services';
import type { Filter, WriteOp } from '../store/types';

/**
 * Replaces (If-Match: as read) each contract whose copied parties differ from what `update` makes of them, and brings
 * the figures of those contracts (of all of them with `allFigures`: a provider's offers or a case's target group may
 * have changed) in step.
 */
async function partiesOps(
  services: Services,
  user: User,
  filters: Filter[],
  update: (parties: ContractParties) => ContractParties,
  { allFigures = false, ...records }: { allFigures?: boolean; providers?: Provider[]; cases?: Case[] } = {},
): Promise<WriteOp[]> {
  const docs = await collectAllDocs<Contract>(services.store, user.tenantId, 'contract', filters);
  const ops: WriteOp[] = [];
  const refigured: Contract[] = [];
  for (const doc of docs) {
    const { parties } = doc.body;
    const updated = parties && update(parties);
    if (!parties || !updated || JSON.stringify(updated) === JSON.stringify(parties)) {
      if (allFigures) refigured.push(doc.body);
      continue;
    }
    const body: Contract = { ...doc.body, parties: updated };
    ops.push({ op: 'replace', kind: 'contract', id: doc.id, body, index: contractIndex(body), ifMatch: doc.etag });
    refigured.push(body);
  }
  const today = isoDateOf(services.now());
  return [...ops, ...(await figureOps(services.store, user.tenantId, refigured, today, records))];
}

/** A changed case's reference, paragraph and case worker, into its contracts; their spend by its target group. */
export function caseContractOps(caseRecord: Case, services: Services, user: User): Promise<WriteOp[]> {
  return partiesOps(
    services,
    user,
    contractFields.eq('caseId', caseRecord.id),
    (parties) => contractParties(caseRecord, { name: parties.providerName }),
    { allFigures: true, cases: [caseRecord] },
  );
}

/** A changed provider's name, into its contracts; its contracts' figures from its offers as changed. */
export function providerContractOps(provider: Provider, services: Services, user: User): Promise<WriteOp[]> {
  return partiesOps(
    services,
    user,
    contractFields.eq('providerId', provider.id),
    (parties) => ({ ...parties, providerName: provider.name }),
    { allFigures: true, providers: [provider] },
  );
}
