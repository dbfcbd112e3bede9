// Where a case's follow-up stands: a follow-up overdue, the next one planned, or none planned; from its follow-up
// milestones as kept with the case's figures (derived when they are written, read against today).
import type { Milestone } from '../domain/contract';
import { compareDates, isoDateOf, yearOf } from './dates';

export type FollowUpState = 'overdue' | 'planned' | 'none';

export interface FollowUpStatus {
  state: FollowUpState;
  /** The earliest follow-up not done (overdue or next). */
  nextDue?: string;
  /** The latest follow-up done, by its due date. */
  lastDone?: string;
}

export const FOLLOW_UP_LABELS: Record<FollowUpState, string> = {
  overdue: 'Opfølgning overskredet',
  planned: 'Opfølgning planlagt',
  none: 'Ingen opfølgning planlagt',
};

/** One follow-up milestone as the overviews read it: open (overdue from the day after its due date) or done. */
export interface FollowUpEntry {
  contractId: string;
  dueDate: string;
  status: 'open' | 'done';
  /** When it was marked done. */
  doneAt?: string;
}

/** What the overviews read of a case's follow-up milestones, kept with its figures. */
export interface CaseFollowUps {
  /**
   * Its follow-ups not done, and those marked done in the year derived for or later (what "done this year" counts
   * from that year on), earliest due first.
   */
  entries: FollowUpEntry[];
  /** The latest due date of a follow-up done. */
  lastDone?: string;
}

const byDueDate = (a: FollowUpEntry, b: FollowUpEntry) =>
  compareDates(a.dueDate, b.dueDate) || (a.contractId < b.contractId ? -1 : a.contractId > b.contractId ? 1 : 0);

/** What the overviews keep of a case's milestones on `today` (only `followUp` milestones count). */
export function caseFollowUps(milestones: Milestone[], today: string): CaseFollowUps {
  const followUps = milestones.filter((m) => m.kind === 'followUp');
  const year = yearOf(today);
  const entries = followUps.flatMap((m): FollowUpEntry[] => {
    const { contractId, dueDate, doneAt } = m;
    if (m.status !== 'done') return [{ contractId, dueDate, status: 'open' }];
    return doneAt && yearOf(isoDateOf(doneAt)) >= year ? [{ contractId, dueDate, status: 'done', doneAt }] : [];
  });
  const done = followUps.filter((m) => m.status === 'done').map((m) => m.dueDate);
  const lastDone = done.sort(compareDates).at(-1);
  return { entries: entries.sort(byDueDate), ...(lastDone ? { lastDone } : {}) };
}

/** The follow-up status on `today` of a case from what is kept of its follow-ups. */
export function followUpStatusOf({ entries, lastDone }: CaseFollowUps, today: string): FollowUpStatus {
  const next = entries.find((e) => e.status === 'open');
  const state: FollowUpState = !next ? 'none' : compareDates(next.dueDate, today) < 0 ? 'overdue' : 'planned';
  return {
    state,
    ...(next ? { nextDue: next.dueDate } : {}),
    ...(lastDone ? { lastDone } : {}),
  };
}

/** The follow-up status on `today` of a case from its milestones (only `followUp` milestones count). */
export function followUpStatus(milestones: Milestone[], today: string): FollowUpStatus {
  return followUpStatusOf(caseFollowUps(milestones, today), today);
}
