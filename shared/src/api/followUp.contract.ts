// Follow-up at a glance (opfølgning): what the tenant's contracts call for now, for the top of the register.
import { z } from 'zod';

import { FollowUpOverview } from '../domain/followUp';
import { defineRoute } from './route';

export const FollowUpQuery = z.strictObject({
  /**
   * At most this many milestones listed in each due group, the soonest first (the counts cover all of them); 1000
   * without it.
   */
  items: z.coerce.number().int().min(0).max(1000).optional(),
});

export const followUpRoutes = {
  overview: defineRoute({
    method: 'GET',
    path: '/api/follow-up',
    operationId: 'getFollowUpOverview',
    summary:
      'Open milestones due within 30, 60 and 90 days and overdue by kind; special rates ending or behind on review; ' +
      "providers regulating above the contract's terms (the first 100 of each); the costliest cases' follow-ups this year",
    access: 'user',
    query: FollowUpQuery,
    responses: { 200: FollowUpOverview },
  }),
};
