// Marking a milestone done (who, when, what was done) and the follow-up that comes next; undoing a mistaken done.
import type { UserRef } from '../domain/common';
import type { ContractInput, Milestone } from '../domain/contract';
import { RuleViolationError } from '../errors';
import { addMonths, compareDates, isoDateOf } from './dates';
import { MILESTONE_TITLES } from './milestones';

export interface Completion {
  by: UserRef;
  /** ISO instant of the marking. */
  at: string;
  note: string;
}

export interface DoneResult {
  done: Milestone;
  /** The follow-up after a done follow-up: an open one already due within a cadence, or a new one to create. */
  next?: { milestone: Milestone; created: boolean };
}

/**
 * Marks an open milestone done. For a follow-up, the next one is the contract's earliest open follow-up due after it
 * and no later than a cadence after the later of its due date and the day it was done (done early, the schedule
 * stands; done late, the cadence counts from then). When there is none, a new follow-up is made at that point
 * (`derivedFrom` the done one), unless it falls on or after the contract's end.
 */
export function completeMilestone(
  milestone: Milestone,
  completion: Completion,
  contract: Pick<ContractInput, 'followUpCadenceMonths' | 'endDate'>,
  contractMilestones: Milestone[],
): DoneResult {
  if (milestone.status === 'done') throw new RuleViolationError('Milepælen er allerede markeret som udført.');
  const marked: Milestone = {
    ...milestone,
    status: 'done',
    doneAt: completion.at,
    doneBy: completion.by,
    doneNote: completion.note,
  };
  if (milestone.kind !== 'followUp') return { done: marked };
  const doneOn = isoDateOf(completion.at);
  const from = compareDates(doneOn, milestone.dueDate) > 0 ? doneOn : milestone.dueDate;
  const cadenceLater = addMonths(from, contract.followUpCadenceMonths);
  const existing = contractMilestones
    .filter((m) => m.kind === 'followUp' && m.status !== 'done' && m.id !== milestone.id)
    .filter((m) => compareDates(m.dueDate, milestone.dueDate) > 0 && compareDates(m.dueDate, cadenceLater) <= 0)
    .sort((a, b) => compareDates(a.dueDate, b.dueDate))[0];
  if (existing) return { done: marked, next: { milestone: existing, created: false } };
  if (contract.endDate !== undefined && compareDates(cadenceLater, contract.endDate) >= 0) return { done: marked };
  const next: Milestone = {
    id: `${milestone.contractId}-followUp-${cadenceLater}`,
    contractId: milestone.contractId,
    caseId: milestone.caseId,
    kind: 'followUp',
    title: MILESTONE_TITLES.followUp,
    dueDate: cadenceLater,
    status: 'open',
    assignees: milestone.assignees,
    derivedFrom: milestone.id,
  };
  return { done: { ...marked, nextId: next.id }, next: { milestone: next, created: true } };
}

export interface ReopenResult {
  reopened: Milestone;
  /** The follow-up created by the done to remove with it: still open and untouched (no meeting booked). */
  removeId?: string;
}

/**
 * Undoes a done milestone: open again, without who, when and note. The follow-up its done created goes too while no
 * one has touched it; a done or booked one stays.
 */
export function reopenMilestone(milestone: Milestone, createdNext: Milestone | undefined): ReopenResult {
  if (milestone.status !== 'done') throw new RuleViolationError('Milepælen er ikke markeret som udført.');
  const { doneAt: _at, doneBy: _by, doneNote: _note, nextId: _next, ...rest } = milestone;
  const reopened: Milestone = { ...rest, status: 'open' };
  const untouched =
    createdNext !== undefined &&
    createdNext.derivedFrom === milestone.id &&
    createdNext.status !== 'done' &&
    createdNext.meeting === undefined;
  return untouched ? { reopened, removeId: createdNext.id } : { reopened };
}
