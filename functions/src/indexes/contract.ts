// The index of a contract: its case, provider and status for filters, title order and annual cost for the register,
// and the days it runs for the overview of a period.
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Period } from '@koberollen/shared/rules/periodCost';

import { indexFields, key, searchText } from '../records/search';
import type { Filter } from '../store/types';

/** The last day of a contract without an end date, so "runs until" is always a date to compare. */
const OPEN_END = '9999-12-31';

export type ContractIndex = {
  caseId: string;
  providerId: string;
  status: string;
  title: string;
  text: string;
  annualCost: number;
  startDate: string;
  /** The contract's end date, or OPEN_END when it runs until further notice. */
  runsUntil: string;
};

export function contractIndex(contract: Contract): ContractIndex {
  return {
    caseId: contract.caseId,
    providerId: contract.providerId,
    status: contract.status,
    title: key(contract.title),
    text: searchText(contract.title),
    annualCost: contract.annualCost,
    startDate: contract.startDate,
    runsUntil: contract.endDate ?? OPEN_END,
  };
}

export const contractFields = indexFields<ContractIndex>();

/** The contracts that run on some day of the period (drafts included: the caller leaves them out). */
export function runningIn(period: Period): Filter[] {
  return [
    ...contractFields.bound('startDate', 'lte', period.to),
    ...contractFields.bound('runsUntil', 'gte', period.from),
  ];
}
