// Where a case's follow-up stands: a follow-up overdue, the next one planned, or none planned.
import type { Milestone } from '../domain/contract';
import { compareDates } from './dates';
import { milestoneStatus } from './milestones';

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

/** The follow-up status on `today` of a case from its milestones (only `followUp` milestones count). */
export function followUpStatus(milestones: Milestone[], today: string): FollowUpStatus {
  const followUps = milestones.filter((m) => m.kind === 'followUp');
  const open = followUps.filter((m) => m.status !== 'done').sort((a, b) => compareDates(a.dueDate, b.dueDate));
  const done = followUps.filter((m) => m.status === 'done').sort((a, b) => compareDates(b.dueDate, a.dueDate));
  const next = open[0];
  const state: FollowUpState = !next ? 'none' : milestoneStatus(next, today) === 'overdue' ? 'overdue' : 'planned';
  return {
    state,
    ...(next ? { nextDue: next.dueDate } : {}),
    ...(done[0] ? { lastDone: done[0].dueDate } : {}),
  };
}
