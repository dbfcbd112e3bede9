// Role check of a signed-in user against the roles a route declares (see shared/src/api/roles.ts).
import { hasAnyRole, type Role, type User } from '@koberollen/shared/domain/user';
import { ForbiddenError } from '@koberollen/shared/errors';

/** Why a signed-in user without a known role can do nothing, and who can change that. */
export const NO_ROLE =
  'Din bruger har ingen rolle i Køberollen, så du har ikke adgang til noget endnu. Bed kommunens administrator om ' +
  'at tildele dig en rolle (sagsbehandler, forhandler, indkøb, økonomi, leder eller administrator) i Entra ID.';

/** Throws 403 for a user without any known role, unless the route is open to such a user (GET /api/me). */
export function requireSomeRole(user: User, route: { withoutRole?: true }): void {
  if (user.roles.length === 0 && !route.withoutRole) throw new ForbiddenError(NO_ROLE);
}

/** Throws 403 unless the user holds one of the roles. */
export function requireRole(user: User, roles: readonly Role[]): void {
  if (!hasAnyRole(user, roles)) {
    throw new ForbiddenError(`Din rolle giver ikke adgang til dette. Det kræver en af rollerne: ${roles.join(', ')}.`);
  }
}
