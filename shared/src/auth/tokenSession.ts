// A bearer token held in memory and refreshed before it expires; both front ends' sign-in modes feed one.

/** A token as an identity provider hands it out: the token and its lifetime in seconds from now. */
export interface IssuedToken {
  token: string;
  expiresInSeconds: number;
}

export interface TokenSession {
  /** A token valid for at least the refresh margin; fetches a new one when the held one is close to expiry. */
  getToken(): Promise<string>;
  /** Forgets the held token (sign-out, or a 401 that says it is no longer accepted). */
  clear(): void;
}

/** Refresh this long before expiry, so a call never leaves with a token that lapses on the way. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Keeps one token from `fetchToken` and refreshes it once less than the margin (or a tenth of a short lifetime) is
 * left. Concurrent callers share one fetch; a failed fetch is not cached, so the next call tries again.
 */
export function createTokenSession(
  fetchToken: () => Promise<IssuedToken>,
  now: () => number = () => Date.now(),
): TokenSession {
  let held: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const refresh = (): Promise<string> => {
    pending ??= fetchToken()
      .then(({ token, expiresInSeconds }) => {
        const lifetime = expiresInSeconds * 1000;
        held = { token, refreshAt: now() + lifetime - Math.min(REFRESH_MARGIN_MS, lifetime / 10) };
        return token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  return {
    getToken: () => (held && now() < held.refreshAt ? Promise.resolve(held.token) : refresh()),
    clear: () => {
      held = undefined;
    },
  };
}
