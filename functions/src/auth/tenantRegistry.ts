// Whether a municipality is onboarded, read from the tenant registry and remembered for a short while.
import type { TenantCheck } from './jwtAuthenticator';

/** How long a "yes, onboarded" answer is trusted before the registry is read again (offboarding takes this long). */
export const ONBOARDED_TTL_MS = 60_000;

/**
 * Wraps a registry read so a busy municipality costs one read a minute; a "no" is never remembered, so a new
 * municipality can sign in at once, and an offboarded one is refused at most ONBOARDED_TTL_MS later.
 */
export function rememberOnboarded(read: TenantCheck, now: () => number = Date.now): TenantCheck {
  const confirmed = new Map<string, number>();
  return async (tenantId) => {
    const until = confirmed.get(tenantId);
    if (until !== undefined && until > now()) return true;
    const found = await read(tenantId);
    if (found) confirmed.set(tenantId, now() + ONBOARDED_TTL_MS);
    else confirmed.delete(tenantId);
    return found;
  };
}
