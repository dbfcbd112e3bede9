// The working phases in board order, and the colleagues a case can be assigned to.
import type { DevUserEntry } from '@koberollen/shared/auth/devSignIn';
import type { UserRef } from '@koberollen/shared/domain/common';
import type { PhaseName as Phase } from '@koberollen/shared/domain/phaseLabels';
import type { Role } from '@koberollen/shared/domain/user';

import type { SessionUser } from '../session/session';

/** The five phases a case works through, in order; closed cases are listed, not boarded. */
export const BOARD_PHASES: readonly Phase[] = ['need', 'scan', 'choice', 'negotiation', 'followUp'];

/** Who may be chosen for a role: the municipality's seeded users holding it (local mode), else the user themself. */
export function assignable(colleagues: readonly DevUserEntry[], role: Role, me: SessionUser): UserRef[] {
  const holders = colleagues.filter((c) => c.roles.includes(role)).map((c) => ({ userId: c.userId, name: c.name }));
  if (holders.length > 0) return holders;
  return me.roles.includes(role) ? [{ userId: me.userId, name: me.name }] : [];
}
