// Local-mode sign-in, shared by both front ends: which seeded user a `?tenant=&role=` link means.
import type { Role } from '../domain/user';

/** A seeded demo user as `GET /api/dev/tenants` lists it. */
export interface DevUserEntry {
  userId: string;
  name: string;
  roles: Role[];
}

/** A demo municipality with its seeded users, as `GET /api/dev/tenants` lists it. */
export interface DevTenantEntry {
  id: string;
  name: string;
  users: DevUserEntry[];
}

/** The user a local-mode sign-in picks: who, in which municipality, acting in which role. */
export interface DevSignIn {
  tenantId: string;
  tenantName: string;
  userId: string;
  name: string;
  role: Role;
}

/**
 * The first seeded user of `tenantId` who holds `role`, or undefined when the municipality or the role is unknown.
 * The sign-in carries only that role, so the user acts in exactly the role the link names.
 */
export function findDevUser(tenants: readonly DevTenantEntry[], tenantId: string, role: string): DevSignIn | undefined {
  const tenant = tenants.find((entry) => entry.id === tenantId);
  for (const user of tenant?.users ?? []) {
    const held = user.roles.find((candidate) => candidate === role);
    if (tenant && held)
      return { tenantId: tenant.id, tenantName: tenant.name, userId: user.userId, name: user.name, role: held };
  }
  return undefined;
}

/** `?tenant=<id>&role=<role>` from a page address, when both are present. */
export function devLinkOf(search: string): { tenantId: string; role: string } | undefined {
  const params = new URLSearchParams(search);
  const tenantId = params.get('tenant');
  const role = params.get('role');
  return tenantId && role ? { tenantId, role } : undefined;
}
