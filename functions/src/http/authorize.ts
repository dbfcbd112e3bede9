// Role checks: who may write what. Reading is open to every signed-in user of the tenant unless a route says otherwise.
import { hasAnyRole, type Role, type User } from '@koberollen/shared/domain/user';
import { ForbiddenError } from '@koberollen/shared/errors';

export { AUDIT_READERS, WRITERS } from '@koberollen/shared/rules/permissions';

/** Throws 403 unless the user holds one of the roles. */
export function requireRole(user: User, roles: readonly Role[]): void {
  if (!hasAnyRole(user, roles)) {
    throw new ForbiddenError(`Din rolle giver ikke adgang til dette. Det kræver en af rollerne: ${roles.join(', ')}.`);
  }
}
