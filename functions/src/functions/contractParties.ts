// Keeps the case and provider details copied into contracts (see ContractParties) in step when a case or provider changes.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, ContractParties } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { User } from '@koberollen/shared/domain/user';
import { contractParties } from '@koberollen/shared/rules/contractParties';

import { contractFields, contractIndex } from '../indexes/contract';
import { collectAllDocs } from '../records/collect';
import type { Services } from '../services';
import type { Filter, WriteOp } from '../store/types';

/** Replaces (If-Match: as read) each contract whose copied parties differ from what `update` makes of them. */
async function partiesOps(
  services: Services,
  user: User,
  filters: Filter[],
  update: (parties: ContractParties) => ContractParties,
): Promise<WriteOp[]> {
  const docs = await collectAllDocs<Contract>(services.store, user.tenantId, 'contract', filters);
  return docs.flatMap((doc): WriteOp[] => {
    const { parties } = doc.body;
    if (!parties) return [];
    const updated = update(parties);
    if (JSON.stringify(updated) === JSON.stringify(parties)) return [];
    const body: Contract = { ...doc.body, parties: updated };
    return [{ op: 'replace', kind: 'contract', id: doc.id, body, index: contractIndex(body), ifMatch: doc.etag }];
  });
}

/** A changed case's reference, paragraph and case worker, into its contracts. */
export function caseContractOps(caseRecord: Case, services: Services, user: User): Promise<WriteOp[]> {
  return partiesOps(services, user, contractFields.eq('caseId', caseRecord.id), (parties) =>
    contractParties(caseRecord, { name: parties.providerName }),
  );
}

/** A changed provider's name, into its contracts. */
export function providerContractOps(provider: Provider, services: Services, user: User): Promise<WriteOp[]> {
  return partiesOps(services, user, contractFields.eq('providerId', provider.id), (parties) => ({
    ...parties,
    providerName: provider.name,
  }));
}
