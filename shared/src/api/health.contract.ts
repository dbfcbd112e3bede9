// Health probe: tells that the API runs, which store it uses and which version it is.
import { z } from 'zod';

import { defineRoute } from './route';

export const HealthBody = z.object({
  status: z.literal('ok'),
  store: z.enum(['sqlite', 'cosmos']),
  version: z.string(),
});
export type HealthBody = z.infer<typeof HealthBody>;

export const healthRoutes = {
  getHealth: defineRoute({
    method: 'GET',
    path: '/api/health',
    operationId: 'getHealth',
    summary: 'Liveness, the store in use and the version',
    access: 'public',
    responses: { 200: HealthBody },
  }),
};
