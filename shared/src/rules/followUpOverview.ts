// Follow-up at a glance: open milestones by kind and due window, special rates to act on, the costliest cases.
import type { Contract, Milestone, MilestoneKind } from '../domain/contract';
import type { DueGroup, DueWindow, ExpensiveCase, SpecialRateAlert } from '../domain/followUp';
import type { Settings } from '../domain/settings';
import { compareDates, daysBetween, isoDateOf, parseIsoDate, yearOf } from './dates';
import { firstInOrder } from './firstInOrder';
import { MILESTONE_TITLES, milestoneStatus } from './milestones';

/** The farthest due window, in days from today. */
export const DUE_HORIZON_DAYS = 90;

const KIND_ORDER = Object.keys(MILESTONE_TITLES) as MilestoneKind[];
const WINDOWS: DueWindow[] = ['overdue', 'days30', 'days60', 'days90'];

/** The window of an open milestone due at the latest DUE_HORIZON_DAYS from today; undefined beyond it or done. */
export function dueWindow(milestone: Milestone, today: string): DueWindow | undefined {
  return milestone.status === 'done' ? undefined : dateWindow(milestone.dueDate, today);
}

/** The window of a due date: overdue before today, else by days from today; undefined beyond the horizon. */
export function dateWindow(dueDate: string, today: string): DueWindow | undefined {
  const days = daysBetween(today, dueDate);
  if (days < 0) return 'overdue';
  if (days <= 30) return 'days30';
  if (days <= 60) return 'days60';
  return days <= DUE_HORIZON_DAYS ? 'days90' : undefined;
}

/**
 * The open milestones due within the horizon (overdue ones included), grouped by kind, each group by due date; with
 * `itemsPerGroup`, each group lists only its soonest milestones (its counts still cover all).
 */
export function dueGroups(
  milestones: Milestone[],
  titles: Map<string, string>,
  today: string,
  itemsPerGroup = Infinity,
): DueGroup[] {
  const groups = new Map<MilestoneKind, { counts: Record<DueWindow, number>; due: [Milestone, DueWindow][] }>();
  for (const milestone of milestones) {
    const window = dueWindow(milestone, today);
    if (!window) continue;
    let group = groups.get(milestone.kind);
    if (!group) {
      group = { counts: Object.fromEntries(WINDOWS.map((w) => [w, 0])) as Record<DueWindow, number>, due: [] };
      groups.set(milestone.kind, group);
    }
    group.counts[window] += 1;
    group.due.push([milestone, window]);
  }
  return KIND_ORDER.flatMap((kind) => {
    const group = groups.get(kind);
    if (!group) return [];
    const soonest = group.due.sort(([a], [b]) => compareDates(a.dueDate, b.dueDate)).slice(0, itemsPerGroup);
    const items = soonest.map(([milestone, window]) => ({
      ...milestone,
      status: milestoneStatus(milestone, today),
      window,
      contractTitle: titles.get(milestone.contractId) ?? '',
    }));
    return [{ kind, counts: group.counts, items }];
  });
}

/** What the follow-up overview reads of a contract. */
export type FollowUpContract = Pick<
  Contract,
  'id' | 'title' | 'status' | 'caseId' | 'annualCost' | 'specialRate' | 'parties'
>;

const providerName = (contract: FollowUpContract) => contract.parties?.providerName ?? '';

/**
 * Active contracts' special rates to act on: ending within `dueSoonDays` from today, or with a monthly review open past
 * its due date (the oldest such review counts). A special rate both ending and behind on review is listed once, as
 * expiring.
 */
export function specialRateAlerts(
  contracts: FollowUpContract[],
  openMilestones: Milestone[],
  today: string,
  dueSoonDays: number,
): SpecialRateAlert[] {
  // The oldest overdue review of each contract, found in one pass over the milestones.
  const oldestReviews = new Map<string, Milestone>();
  for (const m of openMilestones) {
    if (m.kind !== 'specialRateReview' || milestoneStatus(m, today) !== 'overdue') continue;
    const oldest = oldestReviews.get(m.contractId);
    if (!oldest || compareDates(m.dueDate, oldest.dueDate) < 0) oldestReviews.set(m.contractId, m);
  }
  const alerts = contracts.flatMap((contract): SpecialRateAlert[] => {
    const special = contract.specialRate;
    if (contract.status !== 'active' || !special) return [];
    const line = {
      contractId: contract.id,
      contractTitle: contract.title,
      providerName: providerName(contract),
      type: special.type,
      amount: special.amount,
      ...(special.endDate ? { endDate: special.endDate } : {}),
    };
    if (special.endDate) {
      const days = daysBetween(today, special.endDate);
      if (days >= 0 && days <= dueSoonDays) return [{ ...line, reason: 'expiring', days }];
    }
    const oldestReview = oldestReviews.get(contract.id);
    return oldestReview ? [{ ...line, reason: 'reviewOverdue', days: daysBetween(oldestReview.dueDate, today) }] : [];
  });
  return alerts.sort((a, b) => (a.reason === b.reason ? a.days - b.days : a.reason === 'expiring' ? -1 : 1));
}

/** Of `perYear` follow-ups spread evenly over the year, those whose part of the year has ended by `today`. */
export function followUpsDueBy(perYear: number, today: string): number {
  const completedMonths = parseIsoDate(today).month - 1;
  return Math.floor((perYear * completedMonths) / 12);
}

const sumCost = (contracts: FollowUpContract[]) => contracts.reduce((sum, c) => sum + c.annualCost, 0);

/**
 * The `topN` cases of highest cost in the coming 12 months (the contracts' stored `annualCost`) over their active
 * contracts, each with those contracts, costliest first: the follow-up overview and the dashboard list these.
 */
export function costliestCases<C extends Pick<FollowUpContract, 'caseId' | 'status' | 'annualCost'>>(
  contracts: C[],
  topN: number,
): [caseId: string, contracts: C[]][] {
  // Each case's cost summed in contract order, as sumCost sums its contracts; only the chosen cases' lists are made.
  const costs = new Map<string, number>();
  for (const contract of contracts) {
    if (contract.status === 'active')
      costs.set(contract.caseId, (costs.get(contract.caseId) ?? 0) + contract.annualCost);
  }
  const chosen = firstInOrder(costs, topN, ([a, x], [b, y]) => y - x || a.localeCompare(b));
  const byCase = new Map(chosen.map(([caseId]): [string, C[]] => [caseId, []]));
  for (const contract of contracts) if (contract.status === 'active') byCase.get(contract.caseId)?.push(contract);
  return [...byCase];
}

/**
 * The `expensiveCases.topN` cases of highest annual cost (summed over their active contracts), each with the follow-ups
 * done this calendar year against those required, from the follow-up milestones given (of any case: a case counts those
 * of its active contracts). Missing follow-ups are the due ones not done, and at least the case's open follow-ups
 * already overdue. A caller that has the costliest cases of the contracts already gives them.
 */
export function expensiveCases(
  contracts: FollowUpContract[],
  followUps: Pick<Milestone, 'contractId' | 'dueDate' | 'status' | 'doneAt'>[],
  settings: Pick<Settings, 'expensiveCases'>,
  today: string,
  costliest = costliestCases(contracts, settings.expensiveCases.topN),
): ExpensiveCase[] {
  const { followUpsPerYear } = settings.expensiveCases;
  const due = followUpsDueBy(followUpsPerYear, today);
  return costliest.map(([caseId, own]): ExpensiveCase => {
    const ids = new Set(own.map((c) => c.id));
    const mine = followUps.filter((m) => ids.has(m.contractId));
    const done = mine.filter((m) => m.status === 'done' && m.doneAt && yearOf(isoDateOf(m.doneAt)) === yearOf(today));
    const overdue = mine.filter((m) => milestoneStatus(m, today) === 'overdue').length;
    const main = [...own].sort((a, b) => b.annualCost - a.annualCost)[0]!;
    return {
      caseId,
      caseReference: main.parties?.caseReference ?? '',
      contractId: main.id,
      contractTitle: main.title,
      annualCost: sumCost(own),
      followUpsDone: done.length,
      followUpsRequired: followUpsPerYear,
      followUpsDue: due,
      followUpsMissing: Math.max(due - done.length, overdue, 0),
    };
  });
}
