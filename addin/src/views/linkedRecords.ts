// Reads the records a linked case brings to the pane: the case, its newest contract and the provider.
import { caseRoutes } from '@koberollen/shared/api/cases.contract';
import type { ApiClient } from '@koberollen/shared/api/client';
import { contractRoutes } from '@koberollen/shared/api/contracts.contract';
import { providerRoutes } from '@koberollen/shared/api/providers.contract';

export async function loadLinkedRecords(api: ApiClient, caseId: string) {
  const [found, contracts] = await Promise.all([
    api.call(caseRoutes.get, { params: { id: caseId } }),
    api.call(contractRoutes.list, { query: { caseId, limit: 50 } }),
  ]);
  const contract = contracts.data.items.at(-1);
  const providerId = contract?.providerId ?? found.data.chosenOffer?.providerId;
  const [provider, fresh] = await Promise.all([
    providerId ? api.call(providerRoutes.get, { params: { id: providerId } }) : undefined,
    contract ? api.call(contractRoutes.get, { params: { id: contract.id } }) : undefined,
  ]);
  return {
    case: found.data,
    caseEtag: found.etag,
    contract: fresh?.data,
    contractEtag: fresh?.etag,
    provider: provider?.data,
  };
}
