// Who a case can be assigned to: inside a team in Teams, the team's members (Microsoft Graph through the API);
// elsewhere the municipality's seeded users holding the role (local mode), else the signed-in user.
import { microsoft365Routes } from '@koberollen/shared/api/microsoft365.contract';
import type { UserRef } from '@koberollen/shared/domain/common';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { assignable } from './caseOptions';

export interface Assignees {
  workers: UserRef[];
  negotiators: UserRef[];
  /** Where the names come from: the team in Teams, or the seeded users / the signed-in user. */
  source: 'team' | 'local';
  /** While the team's members load, or why they could not (the lists then fall back to the local ones). */
  team?: { state: 'loading' } | { state: 'error'; error: unknown; reload: () => void };
}

/** The people to choose from; `wanted` false (a read-only page) asks the team for nothing. */
export function useAssignees(wanted: boolean): Assignees {
  const { api, colleagues, user, teamId: sessionTeam } = useSession();
  const teamId = wanted ? sessionTeam : undefined;
  const members = useLoad(
    async () =>
      teamId ? (await api.call(microsoft365Routes.listTeamMembers, { params: { teamId } })).data.items : undefined,
    teamId ?? '',
  );
  const local = {
    workers: assignable(colleagues, 'caseworker', user),
    negotiators: assignable(colleagues, 'negotiator', user),
  };
  if (!teamId) return { ...local, source: 'local' };
  if (members.state === 'ready' && members.data) {
    // Teams knows no product roles: any member of the team may work the case or negotiate it.
    const team = members.data.map(({ userId, name }) => ({ userId, name }));
    return { workers: team, negotiators: team, source: 'team' };
  }
  const team =
    members.state === 'error'
      ? { state: 'error' as const, error: members.error, reload: members.reload }
      : { state: 'loading' as const };
  return { ...local, source: 'local', team };
}
