// Whether a municipality is onboarded, read from the tenant registry and remembered while the registry is unchanged.
import type { TenantCheck } from './jwtAuthenticator';

/** How long a "yes, onboarded" answer is trusted before the registry is read again (offboarding takes this long). */
export const ONBOARDED_TTL_MS = 60_000;

/**
 * Wraps a registry read so a busy municipality costs one read a minute; a "no" is never remembered, so a new
 * municipality can sign in at once, and an offboarded one is refused at most ONBOARDED_TTL_MS later. `revision`, where
 * the store has one (see Repository.revision), changes with every write to the registry by any process: a "yes" held
 * from before such a write is read again at once, so on such a store offboarding takes effect on the next request.
 */
export function rememberOnboarded(
  read: TenantCheck,
  now: () => number = Date.now,
  revision?: () => string,
): TenantCheck {
  const confirmed = new Map<string, { until: number; revision: string | undefined }>();
  return async (tenantId) => {
    const held = confirmed.get(tenantId);
    const current = revision?.();
    if (held && held.until > now() && held.revision === current) return true;
    const found = await read(tenantId);
    if (found) confirmed.set(tenantId, { until: now() + ONBOARDED_TTL_MS, revision: current });
    else confirmed.delete(tenantId);
    return found;
  };
}
