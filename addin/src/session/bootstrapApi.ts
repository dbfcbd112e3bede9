// The few calls the sign-in screen makes, as plain fetches: the first screen carries no schemas it does not need.
import type { HealthBody as Health } from '@koberollen/shared/api/health.contract';
import type { DevTenantEntry } from '@koberollen/shared/auth/devSignIn';
import type { Role } from '@koberollen/shared/domain/user';

export type { HealthBody as Health } from '@koberollen/shared/api/health.contract';

/** The signed-in user as `GET /api/me` answers. */
export interface Me {
  tenantId: string;
  tenantName: string;
  userId: string;
  name: string;
  roles: Role[];
  /** Present when the user can do nothing yet: what is missing (a role), in Danish. */
  missing?: string;
}

/** A failed bootstrap call: the HTTP status (0 without an answer) and a Danish sentence. */
export class BootstrapError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'BootstrapError';
  }
}

async function json(url: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch {
    throw new BootstrapError(0, 'Serveren kunne ikke nås. Kontrollér forbindelsen, og prøv igen.');
  }
  if (!response.ok) throw new BootstrapError(response.status, `Serveren svarede med status ${response.status}.`);
  return response.json();
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function expect<T>(value: unknown, check: (value: Record<string, unknown>) => boolean): T {
  if (!isObject(value) || !check(value)) throw new BootstrapError(200, 'Svaret fra serveren har et uventet format.');
  return value as T;
}

export async function getHealth(base: string): Promise<Health> {
  return expect<Health>(await json(`${base}/api/health`), (v) => typeof v.version === 'string');
}

export async function getDevTenants(base: string): Promise<DevTenantEntry[]> {
  const body = expect<{ items: DevTenantEntry[] }>(await json(`${base}/api/dev/tenants`), (v) =>
    Array.isArray(v.items),
  );
  return body.items;
}

export interface DevTokenRequest {
  tenantId: string;
  userId: string;
  name: string;
  roles: Role[];
}

export async function postDevToken(base: string, request: DevTokenRequest) {
  return expect<{ access_token: string; expires_in: number }>(
    await json(`${base}/api/dev/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    }),
    (v) => typeof v.access_token === 'string' && typeof v.expires_in === 'number',
  );
}

export async function getMe(base: string, token: string): Promise<Me> {
  return expect<Me>(
    await json(`${base}/api/me`, { headers: { Authorization: `Bearer ${token}` } }),
    (v) => typeof v.tenantId === 'string' && Array.isArray(v.roles),
  );
}
