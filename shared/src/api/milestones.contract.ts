// Milestones (frister): the municipality's deadlines from its contracts, by due date, with status as of today.
import { z } from 'zod';

import { pageOf, PagingQuery } from '../domain/common';
import { Milestone, MilestoneStatus } from '../domain/contract';
import { defineRoute } from './route';

export const MilestoneQuery = z.strictObject({
  /** Not done and due at the latest this many days from today (overdue ones included). */
  dueWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** Status as of today: `overdue` finds open milestones whose due date has passed. */
  status: MilestoneStatus.optional(),
  contractId: z.string().max(64).optional(),
  caseId: z.string().max(64).optional(),
  /** A user id among the milestone's assignees. */
  assignee: z.string().max(64).optional(),
  ...PagingQuery,
});

export const milestoneRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/milestones',
    operationId: 'listMilestones',
    summary: 'List milestones by due date, filtered by due window, status, contract, case or assignee',
    access: 'user',
    query: MilestoneQuery,
    responses: { 200: pageOf(Milestone) },
  }),
};
