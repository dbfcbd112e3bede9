// The fictional demo users of each demo municipality: fixed ids and Danish names, one or more per role.
import type { UserRef } from '@koberollen/shared/domain/common';
import type { Role } from '@koberollen/shared/domain/user';

export interface DemoUser extends UserRef {
  roles: readonly Role[];
}

/** The same people exist in both demo municipalities; a user is identified by (tenant, userId). */
export const DEMO_USERS = {
  caseworker1: { userId: 'demo-caseworker-1', name: 'Mette Lund Sørensen', roles: ['caseworker'] },
  caseworker2: { userId: 'demo-caseworker-2', name: 'Jonas Kjær Madsen', roles: ['caseworker'] },
  caseworker3: { userId: 'demo-caseworker-3', name: 'Sofie Bruun Østergaard', roles: ['caseworker'] },
  negotiator1: { userId: 'demo-negotiator-1', name: 'Henrik Damgaard Thomsen', roles: ['negotiator'] },
  negotiator2: { userId: 'demo-negotiator-2', name: 'Line Højgaard Nielsen', roles: ['negotiator'] },
  procurement: { userId: 'demo-procurement-1', name: 'Karen Ravn Kristiansen', roles: ['procurement'] },
  finance: { userId: 'demo-finance-1', name: 'Peter Søndergaard Holm', roles: ['finance'] },
  manager: { userId: 'demo-manager-1', name: 'Birgitte Falk Andersen', roles: ['manager'] },
  admin: { userId: 'demo-admin-1', name: 'Anders Vinther Lauridsen', roles: ['admin'] },
} as const satisfies Record<string, DemoUser>;

/** The name and id of a demo user as stamped on records (without roles). */
export function ref(user: DemoUser): UserRef {
  return { userId: user.userId, name: user.name };
}

export const CASEWORKERS = [DEMO_USERS.caseworker1, DEMO_USERS.caseworker2, DEMO_USERS.caseworker3].map(ref);
export const NEGOTIATORS = [DEMO_USERS.negotiator1, DEMO_USERS.negotiator2].map(ref);
