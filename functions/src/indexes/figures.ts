// The index of a contract's and a case's figures: what follow-up filters and orders them by.
import type { CaseFigures, ContractFigures } from '@koberollen/shared/rules/contractFigures';

import { indexFields } from '../records/search';

export type ContractFiguresIndex = {
  caseId: string;
  providerId: string;
  /** An active contract's special rate's end, absent otherwise: expiring special rates in date order. */
  specialRateEnd?: string;
  /** An active contract whose provider regulates above what it allows. */
  regulated?: boolean;
};

export function contractFiguresIndex({ contract, regulations }: ContractFigures): ContractFiguresIndex {
  const active = contract.status === 'active';
  const end = contract.specialRate?.endDate;
  return {
    caseId: contract.caseId,
    providerId: contract.providerId,
    ...(active && end ? { specialRateEnd: end } : {}),
    ...(active && regulations.length > 0 ? { regulated: true } : {}),
  };
}

export const contractFiguresFields = indexFields<ContractFiguresIndex>();

export type CaseFiguresIndex = {
  /** Minus the cost of the case's active contracts, absent without one: ascending order is costliest first. */
  costRank?: number;
};

export function caseFiguresIndex(figures: CaseFigures): CaseFiguresIndex {
  return figures.contracts.length > 0 ? { costRank: -figures.cost } : {};
}

export const caseFiguresFields = indexFields<CaseFiguresIndex>();
