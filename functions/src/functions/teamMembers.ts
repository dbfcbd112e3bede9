// GET /api/teams/{teamId}/members: who can be assigned a case — the team's members in Teams, or the seeded users.
import { microsoft365Routes, type TeamMembers } from '@koberollen/shared/api/microsoft365.contract';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { DEMO_TENANTS } from '../seed/tenants';
import { DEMO_USERS } from '../seed/users';
import { bearerToken, domainErrorOf } from './graphErrors';

export const listTeamMembers = declare('team-members-list', microsoft365Routes.listTeamMembers, async (call) => {
  const { params, user, request, services } = call;
  if (!services.graph) {
    // Without Microsoft 365 the municipality's seeded demo users stand in for the team (demo tenants only).
    const demo = DEMO_TENANTS.some((tenant) => tenant.id === user.tenantId);
    const items = demo ? Object.values(DEMO_USERS).map(({ userId, name }) => ({ userId, name })) : [];
    return ok({ items, source: 'seeded' } satisfies TeamMembers);
  }
  try {
    const items = await services.graph.api.listTeamMembers(user.tenantId, bearerToken(request), params.teamId);
    return ok({ items, source: 'graph' } satisfies TeamMembers);
  } catch (error) {
    throw domainErrorOf(error);
  }
});

export const routes = [listTeamMembers];
