// Role check of a signed-in user against the roles a route declares (see shared/src/api/roles.ts).
import { hasAnyRole, type Role, type User } from '@koberollen/shared/domain/user';
import { ForbiddenError } from '@koberollen/shared/errors';

/** Throws 403 unless the user holds one of the roles. */
export function requireRole(user: User, roles: readonly Role[]): void {
  if (!hasAnyRole(user, roles)) {
    throw new ForbiddenError(`Din rolle giver ikke adgang til dette. Det kræver en af rollerne: ${roles.join(', ')}.`);
  }
}
