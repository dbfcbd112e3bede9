// GET /api/health: answers without sign-in so load balancers and people can see the API is up.
import { healthRoutes } from '@koberollen/shared/api/health.contract';

import { authModeOf } from '../config';
import { declare } from '../http/declare';
import { ok } from '../http/responses';

export const getHealth = declare('health-get', healthRoutes.getHealth, ({ services }) =>
  Promise.resolve(
    ok({
      status: 'ok',
      store: services.store.kind,
      version: services.version,
      auth: authModeOf(services.config.auth),
      microsoft365: {
        activityFeed: services.graph !== undefined,
        meetings: services.graph !== undefined,
        teamMembers: services.graph ? 'graph' : 'seeded',
      },
    }),
  ),
);

export const routes = [getHealth];
