// Dev tokens and tenants (local mode only) and GET /api/me.
import { systemRoutes } from '@koberollen/shared/api/system.contract';
import { NotFoundError } from '@koberollen/shared/errors';

import { DEV_TOKEN_LIFETIME_SECONDS } from '../auth';
import { NO_ROLE } from '../http/authorize';
import { declare } from '../http/declare';
import { ok } from '../http/responses';
import type { DemoTenant } from '../seed/tenants';
import { DEMO_USERS } from '../seed/users';
import { SYSTEM_PARTITION } from '../store/types';

export const issueDevToken = declare('dev-token', systemRoutes.devToken, async ({ body, services }) => {
  if (!services.devTokens) throw new NotFoundError('Ressourcen findes ikke.');
  const accessToken = await services.devTokens.issue(body);
  return ok({ access_token: accessToken, token_type: 'Bearer', expires_in: DEV_TOKEN_LIFETIME_SECONDS });
});

export const listDevTenants = declare('dev-tenants', systemRoutes.devTenants, async ({ services }) => {
  const page = await services.store.list<DemoTenant>(SYSTEM_PARTITION, 'tenant', { limit: 100 });
  // The same demo people are seeded in every demo municipality (seed/users.ts).
  const users = Object.values(DEMO_USERS).map(({ userId, name, roles }) => ({ userId, name, roles: [...roles] }));
  return ok({ items: page.items.map(({ body }) => ({ id: body.id, name: body.name, users })) });
});

export const getMe = declare('me-get', systemRoutes.me, async ({ user, services }) => {
  const tenant = await services.store.get<DemoTenant>(SYSTEM_PARTITION, 'tenant', user.tenantId);
  const missing = user.roles.length === 0 ? NO_ROLE : undefined;
  return ok({ ...user, tenantName: tenant?.body.name ?? '', ...(missing && { missing }) });
});

export const routes = [issueDevToken, listDevTenants, getMe];
