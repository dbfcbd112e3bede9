// The index of a contract: case, provider, status, paragraph, case worker and end for the register's filters, its
// orders by title, end date, provider name and cost, and the days it runs for the overview of a period.
import type { ContractSort } from '@koberollen/shared/api/contracts.contract';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Period } from '@koberollen/shared/rules/periodCost';

import { type FieldOf, indexFields, key, searchText } from '../records/search';
import type { Filter } from '../store/types';

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
  startDate: string;
  /** The contract's end date, or OPEN_ENDED when it runs until further notice. */
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
    startDate: contract.startDate,
    endDate: contract.endDate ?? OPEN_ENDED,
    providerName: key(parties?.providerName ?? ''),
    paragraph: parties?.paragraph === undefined ? undefined : key(parties.paragraph),
    caseWorker: parties?.caseWorker.userId,
  };
}

export const contractFields = indexFields<ContractIndex>();

/** The contracts that run on some day of the period (drafts included: the caller leaves them out). */
export function runningIn(period: Period): Filter[] {
  return [
    ...contractFields.bound('startDate', 'lte', period.to),
    ...contractFields.bound('endDate', 'gte', period.from),
  ];
}

/** The index field each register order walks. */
export const CONTRACT_ORDERS: Record<ContractSort, FieldOf<ContractIndex>> = {
  title: 'title',
  endDate: 'endDate',
  provider: 'providerName',
  cost: 'costRank',
};
