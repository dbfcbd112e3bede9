// Reads the API from a browser test the way a second user would: a dev token for a seeded user, then plain calls.
import { findDevUser } from '@koberollen/shared/auth/devSignIn';

export interface ApiReader {
  tenantId: string;
  /** The seeded user's name. */
  userName: string;
  get(path: string): Promise<any>;
}

/** Signs in as the first seeded user with `role` in the first (or the named) demo municipality. */
export async function apiAs(baseUrl: string, role: string, tenantIndex = 0): Promise<ApiReader> {
  const tenants = (await (await fetch(`${baseUrl}/api/dev/tenants`)).json()).items;
  const tenantId: string = tenants[tenantIndex].id;
  const user = findDevUser(tenants, tenantId, role);
  if (!user) throw new Error(`No seeded ${role} in ${tenantId}`);
  const answer = await fetch(`${baseUrl}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId, userId: user.userId, name: user.name, roles: [role] }),
  });
  const token: string = (await answer.json()).access_token;
  return {
    tenantId,
    userName: user.name,
    async get(path: string) {
      const response = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
      return response.json();
    },
  };
}
