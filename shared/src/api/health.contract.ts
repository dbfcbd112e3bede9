// Health probe: tells that the API runs, which store it uses and which version it is.
import { z } from 'zod';

import { defineRoute } from './route';

export const HealthBody = z.object({
  status: z.literal('ok'),
  store: z.enum(['sqlite', 'cosmos']),
  version: z.string(),
  /** How callers sign in: Entra ID access tokens, or local-mode dev tokens. */
  auth: z.enum(['entra', 'local']),
  /**
   * What is connected to Microsoft 365 through Graph: activity-feed reminders, booking meetings in Outlook, and
   * where team members come from. A UI hides "Book møde" when `meetings` is false and says Teams delivery is off
   * when `activityFeed` is false. Always sent by this API; optional so older answers still parse (read absent as off).
   */
  microsoft365: z
    .object({
      activityFeed: z.boolean(),
      meetings: z.boolean(),
      teamMembers: z.enum(['graph', 'seeded']),
    })
    .optional(),
});
export type HealthBody = z.infer<typeof HealthBody>;

export const healthRoutes = {
  getHealth: defineRoute({
    method: 'GET',
    path: '/api/health',
    operationId: 'getHealth',
    summary: 'Liveness, the store in use, the version and the sign-in mode',
    access: 'public',
    responses: { 200: HealthBody },
  }),
};
