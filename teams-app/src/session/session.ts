// Signing in: a local-mode demo user through a dev token, or the Teams user through single sign-on; one API client each.
import { type ApiClient, createApiClient } from '@koberollen/shared/api/client';
import { firstScreenHeads } from '@koberollen/shared/api/heads';
import { type DevSignIn, type DevTenantEntry, findDevUser } from '@koberollen/shared/auth/devSignIn';
import { createTokenSession } from '@koberollen/shared/auth/tokenSession';
import type { Role } from '@koberollen/shared/domain/user';

import { withEarlyAnswers } from '../shell/earlyLoad';

/** Who is signed in and how. */
export interface SessionUser {
  userId: string;
  name: string;
  roles: Role[];
  tenantId: string;
  tenantName: string;
  mode: 'local' | 'teams';
}

export interface Session {
  user: SessionUser;
  /** Calls the API as this user. */
  api: ApiClient;
  /** The user's bearer token, for the file routes the JSON client does not carry (import, export). */
  getToken: () => Promise<string>;
}

/** A session as a seeded demo user acting in one role, with dev tokens refreshed before they expire. */
export function localSession(baseUrl: string, publicApi: ApiClient, chosen: DevSignIn): Session {
  const tokens = createTokenSession(async () => {
    const { data } = await publicApi.callUnparsed(firstScreenHeads.issueDevToken, {
      body: { tenantId: chosen.tenantId, userId: chosen.userId, name: chosen.name, roles: [chosen.role] },
    });
    return { token: data.access_token, expiresInSeconds: data.expires_in };
  });
  const user: SessionUser = {
    userId: chosen.userId,
    name: chosen.name,
    roles: [chosen.role],
    tenantId: chosen.tenantId,
    tenantName: chosen.tenantName,
    mode: 'local',
  };
  const getToken = () => tokens.getToken();
  // Ask for the first token now, while the view loads; a failure is reported by the first call that needs it.
  getToken().catch(() => undefined);
  return { user, api: withEarlyAnswers(createApiClient({ baseUrl, getToken })), getToken };
}

/**
 * A session as the Teams user: Teams hands out (and renews) the SSO token; the API says who it belongs to. A user
 * the API gives no access yet (no role) gets the API's Danish explanation of what is missing instead.
 */
export async function teamsSession(
  baseUrl: string,
  getAuthToken: () => Promise<string>,
): Promise<Session | { missing: string }> {
  const api = createApiClient({ baseUrl, getToken: getAuthToken });
  const { data } = await api.callUnparsed(firstScreenHeads.getMe);
  const { userId, name, roles, tenantId, tenantName, missing } = data;
  if (missing) return { missing };
  const user: SessionUser = { userId, name, roles, tenantId, tenantName, mode: 'teams' };
  return { user, api: withEarlyAnswers(api), getToken: getAuthToken };
}

/** The seeded user a picker choice or link names: the given user when they hold the role, else the first who does. */
export function chooseDevUser(
  tenants: readonly DevTenantEntry[],
  choice: { tenantId: string; role: string; userId?: string },
): DevSignIn | undefined {
  const tenant = tenants.find((t) => t.id === choice.tenantId);
  const named = tenant?.users.find((u) => u.userId === choice.userId);
  const role = named?.roles.find((r) => r === choice.role);
  if (tenant && named && role) {
    return { tenantId: tenant.id, tenantName: tenant.name, userId: named.userId, name: named.name, role };
  }
  return findDevUser(tenants, choice.tenantId, choice.role);
}

/** The page address for a local sign-in, so a reload or a bookmark opens the same user and role. */
export function signInSearch(current: string, choice: { tenantId: string; role: string; userId: string }): string {
  const params = new URLSearchParams(current);
  params.set('tenant', choice.tenantId);
  params.set('role', choice.role);
  params.set('user', choice.userId);
  return `?${params.toString()}`;
}

/** The page address without a local sign-in, for switching user. */
export function signedOutSearch(current: string): string {
  const params = new URLSearchParams(current);
  for (const name of ['tenant', 'role', 'user']) params.delete(name);
  const text = params.toString();
  return text ? `?${text}` : '';
}
