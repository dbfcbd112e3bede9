// Health probe: tells that the API runs, which store it uses and which version it is.
import { z } from 'zod';

import { defineRoute } from './route';

export const HealthBody = z.object({
  status: z.literal('ok'),
  store: z.enum(['sqlite', 'cosmos']),
  version: z.string(),
  /** How callers sign in: Entra ID access tokens, or local-mode dev tokens. */
  auth: z.enum(['entra', 'local']),
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
