// Milestones (frister): the municipality's deadlines from its contracts, by due date, marked done and reopened.
import { z } from 'zod';

import { freeText, IdFilter, pageOf, PagingQuery, systemString } from '../domain/common';
import { Milestone, MilestoneStatus } from '../domain/contract';
import { WRITERS } from './roles';
import { defineRoute } from './route';

export const MilestoneQuery = z.strictObject({
  /** Not done and due at the latest this many days from today (overdue ones included). */
  dueWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** Status as of today: `overdue` finds open milestones whose due date has passed. */
  status: MilestoneStatus.optional(),
  contractId: IdFilter.optional(),
  caseId: IdFilter.optional(),
  /** A user id among the milestone's assignees. */
  assignee: IdFilter.optional(),
  /** `true` adds the title, case reference and provider of each listed milestone's contract (`contracts`). */
  withContracts: z.enum(['true', 'false']).optional(),
  ...PagingQuery,
});

/** What names a milestone's contract where the milestone is listed away from it (reminders). */
export const MilestoneContract = z.object({
  title: z.string(),
  /** Absent on contracts not written since the register came. */
  caseReference: z.string().optional(),
  providerName: z.string().optional(),
});
export type MilestoneContract = z.infer<typeof MilestoneContract>;

/** A page of milestones; with `withContracts=true`, their contracts by id. */
export const MilestonePage = pageOf(Milestone).extend({
  contracts: z.record(z.string(), MilestoneContract).optional(),
});

/** Milestone ids are derived from the contract id, kind and date, longer than other records' ids. */
export const MilestoneParams = z.strictObject({
  id: systemString(z.string().min(1).max(200), 'milestone ids are derived by the server'),
});

export const DoneBody = z.strictObject({ note: freeText(2000).default('') });

export const DoneAnswer = z.object({
  milestone: Milestone,
  /** The next follow-up after a done follow-up: one already scheduled within a cadence, or the one just created. */
  next: Milestone.optional(),
  nextCreated: z.boolean(),
});
export type DoneAnswer = z.infer<typeof DoneAnswer>;

export const ReopenAnswer = z.object({
  milestone: Milestone,
  /** The follow-up the done had created, removed with it because no one had touched it. */
  removedNextId: z.string().optional(),
});
export type ReopenAnswer = z.infer<typeof ReopenAnswer>;

export const milestoneRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/milestones',
    operationId: 'listMilestones',
    summary:
      'List milestones by due date, filtered by due window, status, contract, case or assignee, with their contracts named on request',
    access: 'user',
    query: MilestoneQuery,
    responses: { 200: MilestonePage },
  }),
  done: defineRoute({
    method: 'POST',
    path: '/api/milestones/{id}/done',
    operationId: 'markMilestoneDone',
    summary: 'Mark a milestone done with a note; a done follow-up gets its next one (case workers, negotiators)',
    access: 'user',
    roles: WRITERS.cases,
    ifMatch: 'optional',
    params: MilestoneParams,
    body: DoneBody,
    responses: { 200: DoneAnswer },
  }),
  reopen: defineRoute({
    method: 'POST',
    path: '/api/milestones/{id}/reopen',
    operationId: 'reopenMilestone',
    summary: 'Undo a mistaken done; the follow-up it created goes too while untouched (case workers, negotiators)',
    access: 'user',
    roles: WRITERS.cases,
    ifMatch: 'optional',
    params: MilestoneParams,
    responses: { 200: ReopenAnswer },
  }),
};
