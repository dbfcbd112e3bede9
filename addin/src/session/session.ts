// A signed-in session: who the user is and a token source that refreshes itself; local demo users or Entra ID.
import type { DevSignIn } from '@koberollen/shared/auth/devSignIn';
import { createTokenSession, type IssuedToken, type TokenSession } from '@koberollen/shared/auth/tokenSession';
import type { Role } from '@koberollen/shared/domain/user';

import { BootstrapError, getMe, postDevToken } from './bootstrapApi';

export interface SessionUser {
  tenantId: string;
  tenantName: string;
  userId: string;
  name: string;
  roles: Role[];
}

export interface Session {
  user: SessionUser;
  tokens: TokenSession;
}

/** Signs in as a seeded demo user in the one role picked; the first token is fetched before the session is used. */
export async function localSession(base: string, pick: DevSignIn): Promise<Session> {
  const tokens = createTokenSession(async () => {
    const answer = await postDevToken(base, {
      tenantId: pick.tenantId,
      userId: pick.userId,
      name: pick.name,
      roles: [pick.role],
    });
    return { token: answer.access_token, expiresInSeconds: answer.expires_in };
  });
  await tokens.getToken();
  const user = { tenantId: pick.tenantId, tenantName: pick.tenantName, userId: pick.userId, name: pick.name };
  return { user: { ...user, roles: [pick.role] }, tokens };
}

/** Signs in with a token source from Entra ID (NAA or Office SSO); who the user is comes from `GET /api/me`. */
export async function entraSession(base: string, fetchToken: () => Promise<IssuedToken>): Promise<Session> {
  const tokens = createTokenSession(fetchToken);
  const me = await getMe(base, await tokens.getToken());
  if (me.missing) throw new BootstrapError(403, me.missing);
  return { user: me, tokens };
}

/** Who may record reviews, deviations and contracts on a case (the API checks it too). */
export function canWriteCases(user: SessionUser): boolean {
  return user.roles.some((role) => role === 'caseworker' || role === 'negotiator');
}
