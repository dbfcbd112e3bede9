// The index of a milestone and the store queries on it: what is due, overdue or done, in due date order.
import type { z } from 'zod';

import type { MilestoneQuery } from '@koberollen/shared/api/milestones.contract';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import { addDays } from '@koberollen/shared/rules/dates';

import { indexFields } from '../records/search';
import type { Filter } from '../store/types';

/**
 * `openDueDate` is the due date of a milestone not yet done and absent once it is done, so the questions asked
 * most — what is due, what is overdue — walk only milestones still open, in date order. `activeDueDate` is the same
 * for the milestones of active contracts only: what follow-up lists and counts. `dueKey` is the milestone's kind and
 * that date (`kind~yyyy-mm-dd`): the store keeps a count of each (store/tallies.ts), follow-up's day buckets.
 */
export type MilestoneIndex = {
  dueDate: string;
  openDueDate?: string;
  activeDueDate?: string;
  dueKey?: string;
  status: string;
  contractId: string;
  caseId: string;
  kind: string;
  assignee: string[];
};

/** The key a milestone that calls for follow-up is counted and listed under: its kind and due date. */
export function dueKeyOf(kind: string, dueDate: string): string {
  return `${kind}~${dueDate}`;
}

/** The index of a milestone of a contract with the given status (only an active contract's milestones call for follow-up). */
export function milestoneIndex(milestone: Milestone, contractStatus: Contract['status']): MilestoneIndex {
  const open = milestone.status !== 'done';
  return {
    dueDate: milestone.dueDate,
    ...(open ? { openDueDate: milestone.dueDate } : {}),
    ...(open && contractStatus === 'active'
      ? { activeDueDate: milestone.dueDate, dueKey: dueKeyOf(milestone.kind, milestone.dueDate) }
      : {}),
    status: milestone.status,
    contractId: milestone.contractId,
    caseId: milestone.caseId,
    kind: milestone.kind,
    assignee: milestone.assignees.map((a) => a.userId),
  };
}

export const milestoneFields = indexFields<MilestoneIndex>();

/** The milestones not done that are due on `date` or before, overdue ones included. */
export function openDueBy(date: string): Filter[] {
  return milestoneFields.bound('openDueDate', 'lte', date);
}

type MilestoneFilterValues = Omit<z.infer<typeof MilestoneQuery>, 'limit' | 'continuationToken' | 'withContracts'>;

/** The store query for a milestone list. */
export interface MilestoneListQuery {
  filters: Filter[];
  orderBy: 'dueDate' | 'openDueDate';
}

/**
 * The store filters and order for a milestone query on `today`, all on indexed fields. A milestone counts as
 * overdue from the day after its due date whether or not the nightly job has marked it yet, so overdue, open and
 * due-within are asked as date ranges over the milestones not done.
 */
export function milestoneQuery(query: MilestoneFilterValues, today: string): MilestoneListQuery {
  const { dueWithinDays, status } = query;
  const notDone = dueWithinDays !== undefined || status === 'open' || status === 'overdue';
  const field = notDone ? 'openDueDate' : 'dueDate';
  const range = (op: 'lte' | 'gte', value: string): Filter[] => milestoneFields.bound(field, op, value);
  return {
    orderBy: field,
    filters: [
      ...milestoneFields.eq('contractId', query.contractId),
      ...milestoneFields.eq('caseId', query.caseId),
      ...milestoneFields.eq('assignee', query.assignee),
      ...milestoneFields.eq('status', status === 'done' ? 'done' : undefined),
      ...(dueWithinDays === undefined ? [] : range('lte', addDays(today, dueWithinDays))),
      ...(status === 'overdue' ? range('lte', addDays(today, -1)) : []),
      ...(status === 'open' ? range('gte', today) : []),
    ],
  };
}
