// The signed-in session for the views: the API client, the user, and what their role may do.
import { createContext, useContext } from 'react';

import type { DevTenantEntry } from '@koberollen/shared/auth/devSignIn';

import { can, type Permission } from './roles';
import type { Session } from './session';

export interface SessionValue extends Session {
  /** The seeded users of the signed-in municipality (local mode), to assign cases to. */
  colleagues: DevTenantEntry['users'];
  /** The team the tab runs in (its Microsoft 365 group id), whose members cases are assigned to; absent outside one. */
  teamId?: string;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

export const SessionProvider = SessionContext.Provider;

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in tab');
  return session;
}

/** Whether the signed-in user's role may take an action (the API refuses it anyway). */
export function useCan(permission: Permission): boolean {
  return can(useSession().user.roles, permission);
}
