// What the overviews rank, filter and sum of a contract and of a case, derived by the existing rules when they change.
import type { Contract } from '../domain/contract';
import type { RegulationAlert } from '../domain/followUp';
import type { Offer } from '../domain/provider';
import type { RegulationRate } from '../domain/settings';
import type { FollowUpContract } from './followUpOverview';
import type { CaseFollowUps } from './followUpStatus';
import { regulationAlerts } from './regulationAlerts';

/** What follow-up reads of one contract, kept beside it: the contract as the rules read it, and its alerts. */
export interface ContractFigures {
  contract: FollowUpContract & Pick<Contract, 'providerId'>;
  /** Its provider's rates above what the contract allows, as on `asOf`. */
  regulations: RegulationAlert[];
  /** The day the figures were derived for. */
  asOf: string;
}

/** What the overviews rank and show of one case: the cost of its active contracts, and its follow-ups. */
export interface CaseFigures {
  caseId: string;
  /** Its active contracts, in id order. */
  contracts: ContractFigures['contract'][];
  /** The cost of its active contracts, summed in contract id order. */
  cost: number;
  /** Its follow-up milestones as the overviews read them (see followUpStatus.ts). */
  followUps: CaseFollowUps;
}

/** The contract's figures on `today`, its offer as its provider lists it now and the municipality's KL rates. */
export function deriveContractFigures(
  contract: Contract,
  offer: Pick<Offer, 'rates'> | undefined,
  klRates: RegulationRate[],
  today: string,
): ContractFigures {
  const { id, title, status, caseId, providerId, annualCost, specialRate, parties } = contract;
  return {
    contract: {
      id,
      title,
      status,
      caseId,
      providerId,
      annualCost,
      ...(specialRate ? { specialRate } : {}),
      ...(parties ? { parties } : {}),
    },
    regulations: regulationAlerts(contract, offer, klRates, today),
    asOf: today,
  };
}

/** The case's figures from the figures of all its contracts and what is kept of its follow-ups. */
export function deriveCaseFigures(
  caseId: string,
  contracts: ContractFigures['contract'][],
  followUps: CaseFollowUps,
): CaseFigures {
  const active = contracts
    .filter((c) => c.caseId === caseId && c.status === 'active')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { caseId, contracts: active, cost: active.reduce((sum, c) => sum + c.annualCost, 0), followUps };
}
