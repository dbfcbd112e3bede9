// Milestones: the tenant's contract deadlines by due date, filtered on indexed fields, with status as of today.
import type { z } from 'zod';

import { type MilestoneQuery, milestoneRoutes } from '@koberollen/shared/api/milestones.contract';
import type { Milestone } from '@koberollen/shared/domain/contract';
import { addDays, isoDateOf } from '@koberollen/shared/rules/dates';
import { milestoneStatus } from '@koberollen/shared/rules/milestones';

import { eq } from '../entities/search';
import { declare } from '../http/declare';
import { okPage } from '../http/responses';
import type { Filter, IndexFields, StoredDoc } from '../store/types';

type MilestoneFilterValues = Omit<z.infer<typeof MilestoneQuery>, 'limit' | 'continuationToken'>;

/**
 * Index projection of a milestone. `openDueDate` is the due date of a milestone not yet done and absent once it is
 * done, so the questions asked most — what is due, what is overdue — walk only milestones still open, in date order.
 */
export function milestoneIndex(milestone: Milestone): IndexFields {
  return {
    dueDate: milestone.dueDate,
    ...(milestone.status === 'done' ? {} : { openDueDate: milestone.dueDate }),
    status: milestone.status,
    contractId: milestone.contractId,
    caseId: milestone.caseId,
    kind: milestone.kind,
    assignee: milestone.assignees.map((a) => a.userId),
  };
}

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
  const range = (op: 'lte' | 'gte', value: string): Filter[] => [{ field, op, value }];
  return {
    orderBy: field,
    filters: [
      ...eq('contractId', query.contractId),
      ...eq('caseId', query.caseId),
      ...eq('assignee', query.assignee),
      ...eq('status', status === 'done' ? 'done' : undefined),
      ...(dueWithinDays === undefined ? [] : range('lte', addDays(today, dueWithinDays))),
      ...(status === 'overdue' ? range('lte', addDays(today, -1)) : []),
      ...(status === 'open' ? range('gte', today) : []),
    ],
  };
}

export const listMilestones = declare('milestones-list', milestoneRoutes.list, async ({ query, user, services }) => {
  const { limit, continuationToken, ...filters } = query;
  const today = isoDateOf(services.now());
  const page = await services.store.list<Milestone>(user.tenantId, 'milestone', {
    ...milestoneQuery(filters, today),
    limit,
    continuationToken,
  });
  // Most milestones are answered as stored; one the nightly job has not yet marked overdue is answered as it is today.
  // Only the job changes a stored status, and only to overdue once the due date has passed: so a milestone listed by a
  // due date of today or later has its status of today, and is answered without reading its body.
  const items = page.items.map((doc): StoredDoc<Milestone> => {
    if (typeof doc.listedBy === 'string' && doc.listedBy >= today) return doc;
    const status = milestoneStatus(doc.body, today);
    return status === doc.body.status ? doc : { ...doc, json: undefined, body: { ...doc.body, status } };
  });
  return okPage({ items, continuationToken: page.continuationToken });
});

export const routes = [listMilestones];
