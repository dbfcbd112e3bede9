// Milestones (frister) a contract creates — special rate, follow-up, regulation, notice, expiry — and their status.
import type { Case } from '../domain/case';
import type { UserRef } from '../domain/common';
import type { ContractInput, Milestone, MilestoneKind, MilestoneStatus } from '../domain/contract';
import { addDays, addMonths, compareDates, earliestDate, formatIsoDate, isoDateOf, yearOf } from './dates';

/** Months ahead covered when the contract has no end date and no horizon is given. */
export const DEFAULT_HORIZON_MONTHS = 24;
/** At most this many milestones per recurring series, whatever the horizon (ten years of monthly reviews). */
export const MAX_RECURRING = 120;

export const MILESTONE_TITLES: Record<MilestoneKind, string> = {
  specialRateEnd: 'Særtaksten udløber',
  specialRateReview: 'Månedlig opfølgning på særtaksten',
  renegotiation: 'Genforhandling',
  followUp: 'Opfølgning',
  regulation: 'Årlig prisregulering',
  noticeDeadline: 'Sidste frist for opsigelse',
  reassessment: 'Indsatsen revurderes',
  expiry: 'Kontrakten udløber',
};

const KIND_ORDER = Object.keys(MILESTONE_TITLES) as MilestoneKind[];

export interface MilestoneCaseInfo {
  caseId: string;
  assignees: UserRef[];
}

export interface MilestoneOptions {
  /** Last day recurring milestones are generated for (inclusive). */
  horizonEnd?: string;
}

/** `start + step·k` for k = 1, 2, … while before `stopBefore` and not after `horizon`, at most MAX_RECURRING. */
function recurring(start: string, stepMonths: number, stopBefore: string | undefined, horizon: string): string[] {
  const dates: string[] = [];
  for (let k = 1; k <= MAX_RECURRING; k++) {
    // From the start each time, so a 31st stays the 31st where the month has one (no drift after February).
    const date = addMonths(start, stepMonths * k);
    if (compareDates(date, horizon) > 0 || (stopBefore !== undefined && compareDates(date, stopBefore) >= 0)) break;
    dates.push(date);
  }
  return dates;
}

/** The 1st of the regulation month in each year after the start year, before the end and not after the horizon. */
function regulationDates(contract: ContractInput, horizon: string): string[] {
  const dates: string[] = [];
  for (let year = yearOf(contract.startDate) + 1; dates.length < MAX_RECURRING; year++) {
    const date = formatIsoDate(year, contract.priceRegulation.month, 1);
    if (compareDates(date, horizon) > 0) break;
    if (contract.endDate !== undefined && compareDates(date, contract.endDate) >= 0) break;
    dates.push(date);
  }
  return dates;
}

/**
 * The milestones a contract creates, all `open`, sorted by due date. One-off milestones (special rate end,
 * renegotiation, notice deadline, reassessment, expiry) are always made. Recurring ones stop before the contract's end date and
 * at the horizon (default: the end date, else 24 months after the start):
 * - monthly special-rate reviews from the special rate's start + 1 month, before the special rate's end;
 * - follow-ups every `followUpCadenceMonths` from the start (the first one a cadence after the start);
 * - annual regulation on the 1st of `priceRegulation.month` in each year after the start year (none for basis `none`).
 * Ids are `${contractId}-${kind}-${dueDate}`, so regenerating gives the same ids.
 */
export function milestonesForContract(
  contract: ContractInput & { id: string },
  caseInfo: MilestoneCaseInfo,
  options: MilestoneOptions = {},
): Milestone[] {
  const { endDate, specialRate } = contract;
  const horizon = options.horizonEnd ?? endDate ?? addMonths(contract.startDate, DEFAULT_HORIZON_MONTHS);
  const due: [MilestoneKind, string][] = [];
  if (specialRate?.endDate !== undefined) due.push(['specialRateEnd', specialRate.endDate]);
  if (specialRate?.monthlyReview) {
    const stop = earliestDate(specialRate.endDate, endDate);
    for (const date of recurring(specialRate.startDate, 1, stop, horizon)) due.push(['specialRateReview', date]);
  }
  if (contract.renegotiationDate !== undefined) due.push(['renegotiation', contract.renegotiationDate]);
  for (const date of recurring(contract.startDate, contract.followUpCadenceMonths, endDate, horizon)) {
    due.push(['followUp', date]);
  }
  if (contract.priceRegulation.basis !== 'none') {
    for (const date of regulationDates(contract, horizon)) due.push(['regulation', date]);
  }
  if (contract.reviewDate !== undefined) due.push(['reassessment', contract.reviewDate]);
  if (endDate !== undefined) {
    due.push(['noticeDeadline', addMonths(endDate, -contract.noticePeriodMonths)]);
    due.push(['expiry', endDate]);
  }
  return due
    .map(([kind, dueDate]): Milestone => ({
      id: `${contract.id}-${kind}-${dueDate}`,
      contractId: contract.id,
      caseId: caseInfo.caseId,
      kind,
      title: MILESTONE_TITLES[kind],
      dueDate,
      status: 'open',
      assignees: caseInfo.assignees,
    }))
    .sort(byDueDate);
}

function byDueDate(a: Milestone, b: Milestone): number {
  return compareDates(a.dueDate, b.dueDate) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

/** The status on `today`: done stays done; an open milestone due before today is overdue. */
export function milestoneStatus(
  milestone: Pick<Milestone, 'status' | 'dueDate'>,
  today: string | Date,
): MilestoneStatus {
  if (milestone.status === 'done') return 'done';
  return compareDates(milestone.dueDate, isoDateOf(today)) < 0 ? 'overdue' : 'open';
}

/** True for a milestone not done and due from today up to `days` days ahead (overdue ones: see milestoneStatus). */
export function isDueWithin(milestone: Milestone, today: string | Date, days: number): boolean {
  if (milestone.status === 'done') return false;
  const from = isoDateOf(today);
  return compareDates(from, milestone.dueDate) <= 0 && compareDates(milestone.dueDate, addDays(from, days)) <= 0;
}

/** What marking a milestone done records; kept when the contract's milestones are generated again. */
function doneFields(m: Milestone): Partial<Milestone> {
  const { status, doneAt, doneBy, doneNote, nextId } = m;
  return Object.fromEntries(
    Object.entries({ status, doneAt, doneBy, doneNote, nextId }).filter(([, v]) => v !== undefined),
  );
}

/**
 * The generated milestones, each keeping what marking done recorded (status, who, when, note, the follow-up it
 * created) and the booked meeting of an existing milestone with the same id.
 * Done milestones no longer generated are kept as the record of work done, and so are follow-ups created by marking
 * one done (`derivedFrom`); other open ones no longer generated are dropped because the contract no longer calls for
 * them.
 */
export function mergeMilestones(existing: Milestone[], generated: Milestone[]): Milestone[] {
  const done = new Map(existing.filter((m) => m.status === 'done').map((m) => [m.id, m]));
  const meetings = new Map(existing.flatMap((m) => (m.meeting ? [[m.id, m.meeting] as const] : [])));
  const merged = generated.map((m) => {
    const previous = done.get(m.id);
    const meeting = meetings.get(m.id);
    const kept = meeting ? { ...m, meeting } : m;
    return previous ? { ...kept, ...doneFields(previous) } : kept;
  });
  const generatedIds = new Set(generated.map((m) => m.id));
  const standing = existing.filter((m) => !generatedIds.has(m.id) && (m.status === 'done' || m.derivedFrom));
  return [...merged, ...standing].sort(byDueDate);
}

/** The people a case's milestones are for: its case worker and negotiator, once each. */
export function caseAssignees(entity: Pick<Case, 'assignee' | 'negotiator'>): UserRef[] {
  const people = [entity.assignee, ...(entity.negotiator ? [entity.negotiator] : [])];
  return people.filter((person, i) => people.findIndex((p) => p.userId === person.userId) === i);
}
