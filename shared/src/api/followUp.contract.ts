// Follow-up at a glance (opfølgning): what the tenant's contracts call for now, for the top of the register.
import { FollowUpOverview } from '../domain/followUp';
import { defineRoute } from './route';

export const followUpRoutes = {
  overview: defineRoute({
    method: 'GET',
    path: '/api/follow-up',
    operationId: 'getFollowUpOverview',
    summary:
      'Open milestones due within 30, 60 and 90 days and overdue by kind; special rates ending or behind on review; ' +
      "providers regulating above the contract's terms; the costliest cases' follow-ups this year",
    access: 'user',
    responses: { 200: FollowUpOverview },
  }),
};
