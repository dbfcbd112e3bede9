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
    }),
  ),
);

export const routes = [getHealth];
