// The index of a contract: case, provider, status, paragraph, case worker and end for the register's filters, and its
// orders by title, end date, provider name and cost.
import type { ContractSort } from '@koberollen/shared/api/contracts.contract';
import type { Contract } from '@koberollen/shared/domain/contract';

import { type FieldOf, indexFields, key, searchText } from '../records/search';

/** The end date indexed for an open-ended contract: it sorts after every real end and no end window finds it. */
export const OPEN_ENDED = '9999-12-31';

export type ContractIndex = {
  caseId: string;
  providerId: string;
  status: string;
  title: string;
  text: string;
  annualCost: number;
  /** Minus the annual cost, so ascending order is costliest first. */
  costRank: number;
  endDate: string;
  providerName: string;
  paragraph?: string;
  caseWorker?: string;
};

export function contractIndex(contract: Contract): ContractIndex {
  const { parties } = contract;
  return {
    caseId: contract.caseId,
    providerId: contract.providerId,
    status: contract.status,
    title: key(contract.title),
    text: searchText(contract.title),
    annualCost: contract.annualCost,
    costRank: -contract.annualCost,
    endDate: contract.endDate ?? OPEN_ENDED,
    providerName: key(parties?.providerName ?? ''),
    paragraph: parties?.paragraph === undefined ? undefined : key(parties.paragraph),
    caseWorker: parties?.caseWorker.userId,
  };
}

export const contractFields = indexFields<ContractIndex>();

/** The index field each register order walks. */
export const CONTRACT_ORDERS: Record<ContractSort, FieldOf<ContractIndex>> = {
  title: 'title',
  endDate: 'endDate',
  provider: 'providerName',
  cost: 'costRank',
};
