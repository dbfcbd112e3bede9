// Management information: spend in the coming 12 months grouped by provider, paragraph, target group, start month or ownership.
import type { Contract } from '../domain/contract';
import type { Ownership } from '../domain/provider';
import { coming12MonthsCost } from './coming12Months';
import { inClosedPeriod, monthKey } from './dates';
import { formatMonth } from './format';
import { roundKr } from './money';

/** A contract with the provider and case facts spend is grouped by. */
export type SpendContract = Contract & {
  providerName: string;
  ownership: Ownership;
  paragraph?: string;
  targetGroup: string;
};

export type SpendGroupBy = 'provider' | 'paragraph' | 'targetGroup' | 'month' | 'ownership';

export interface SpendRow {
  key: string;
  label: string;
  annualCost: number;
  contracts: number;
}

const OWNERSHIP_LABELS: Record<Ownership, string> = { public: 'Offentlig', private: 'Privat' };
const NO_PARAGRAPH = 'Uden paragraf';

/** Code-point order, the same on every machine (localeCompare depends on the runtime's locale). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupOf(contract: SpendContract, groupBy: SpendGroupBy): { key: string; label: string } {
  switch (groupBy) {
    case 'provider':
      return { key: contract.providerId, label: contract.providerName };
    case 'paragraph':
      return { key: contract.paragraph ?? '', label: contract.paragraph ?? NO_PARAGRAPH };
    case 'targetGroup':
      return { key: contract.targetGroup, label: contract.targetGroup };
    case 'month': {
      const month = monthKey(contract.startDate);
      return { key: month, label: formatMonth(month) };
    }
    case 'ownership':
      return { key: contract.ownership, label: OWNERSHIP_LABELS[contract.ownership] };
  }
}

/**
 * Spend per group in the 12 months from `asOf`: contracts that are not drafts and run on that day (start ≤ asOf ≤
 * end), each costed by coming12MonthsCost. Sorted by that cost, highest first, then by key.
 */
export function aggregateSpend(contracts: SpendContract[], groupBy: SpendGroupBy, asOf: string): SpendRow[] {
  const rows = new Map<string, SpendRow>();
  for (const contract of contracts) {
    if (contract.status === 'draft' || !inClosedPeriod(asOf, contract.startDate, contract.endDate)) continue;
    const { key, label } = groupOf(contract, groupBy);
    const row = rows.get(key) ?? { key, label, annualCost: 0, contracts: 0 };
    row.annualCost = roundKr(row.annualCost + coming12MonthsCost(contract, asOf));
    row.contracts += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.annualCost - a.annualCost || compareKeys(a.key, b.key));
}

/**
 * The `topN` contracts with the highest stored annual cost (ties by id), for the extra follow-up the most
 * expensive cases get. The caller picks which contracts count (e.g. active ones).
 */
export function expensiveCases<T extends Pick<Contract, 'id' | 'annualCost'>>(contracts: T[], topN: number): T[] {
  return [...contracts]
    .sort((a, b) => b.annualCost - a.annualCost || compareKeys(a.id, b.id))
    .slice(0, Math.max(0, topN));
}
