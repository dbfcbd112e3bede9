// Danish names of the roles, and what a signed-in user may do in the tab (the API checks the same roles).
import { WRITERS } from '@koberollen/shared/api/roles';
import type { Role } from '@koberollen/shared/domain/user';

export const ROLE_LABELS: Record<Role, string> = {
  caseworker: 'Sagsbehandler',
  negotiator: 'Forhandler',
  procurement: 'Indkøb',
  finance: 'Økonomi',
  manager: 'Leder',
  admin: 'Administrator',
};

/** The actions the tab shows only to the roles that may take them. */
export type Permission = keyof typeof WRITERS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = WRITERS[permission];
  return roles.some((role) => allowed.includes(role));
}
