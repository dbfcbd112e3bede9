// The index of a contract: its case, provider and status for filters, title order and annual cost for the register.
import type { Contract } from '@koberollen/shared/domain/contract';

import { indexFields, key, searchText } from '../records/search';

export type ContractIndex = {
  caseId: string;
  providerId: string;
  status: string;
  title: string;
  text: string;
  annualCost: number;
};

export function contractIndex(contract: Contract): ContractIndex {
  return {
    caseId: contract.caseId,
    providerId: contract.providerId,
    status: contract.status,
    title: key(contract.title),
    text: searchText(contract.title),
    annualCost: contract.annualCost,
  };
}

export const contractFields = indexFields<ContractIndex>();
