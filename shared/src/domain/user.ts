// The signed-in user and the roles that decide what they may do.
import { z } from 'zod';

export const Role = z.enum(['caseworker', 'negotiator', 'procurement', 'finance', 'manager', 'admin']);
export type Role = z.infer<typeof Role>;

/** A user is identified by (tenant, object id), never by name or e-mail. */
export const User = z.object({
  tenantId: z.string().min(1),
  userId: z.string().min(1),
  name: z.string(),
  roles: z.array(Role),
});
export type User = z.infer<typeof User>;

/** True when the user holds at least one of the roles. */
export function hasAnyRole(user: User, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}
