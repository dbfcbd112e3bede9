// Verifies bearer JWTs with jose (Entra ID in production, a per-process key in local mode) and resolves the user.
import { errors, type JWTPayload, jwtVerify, type JWTVerifyGetKey } from 'jose';

import { Role, type User } from '@koberollen/shared/domain/user';
import { ForbiddenError, UnauthenticatedError } from '@koberollen/shared/errors';

import type { Authenticator } from './types';

export interface TokenRules {
  audience: string;
  /** Expected issuer; `{tenantid}` is replaced by the token's `tid` (Entra issues one issuer per tenant). */
  issuer: string;
  algorithms: string[];
}

/** Answers whether a tenant (municipality) has been onboarded. */
export type TenantCheck = (tenantId: string) => Promise<boolean>;

const CACHE_LIMIT = 5000;

/** Entra access tokens live 60-90 minutes, at most a day by policy: a longer lifetime is a forged or foreign token. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

/** Verified tokens are cached until they expire, so a busy user costs one signature check. */
export class JwtAuthenticator implements Authenticator {
  private readonly verified = new Map<string, { user: User; expiresAt: number }>();

  constructor(
    private readonly key: JWTVerifyGetKey | CryptoKey,
    private readonly rules: TokenRules,
    private readonly isOnboarded: TenantCheck,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async authenticate(authorization: string | null): Promise<User> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token)
      throw new UnauthenticatedError('Log ind for at fortsætte: Authorization-headeren mangler en Bearer-billet.');
    const cached = this.verified.get(token);
    if (cached && cached.expiresAt > this.now().getTime()) {
      await this.requireOnboarded(cached.user.tenantId);
      return cached.user;
    }
    const payload = await this.verify(token);
    const user = userFromClaims(payload);
    const expected = this.rules.issuer.replace('{tenantid}', user.tenantId);
    if (payload.iss !== expected) throw new UnauthenticatedError('Billetten er udstedt af en ukendt udsteder.');
    await this.requireOnboarded(user.tenantId);
    if (this.verified.size >= CACHE_LIMIT) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { user, expiresAt: (payload.exp ?? 0) * 1000 });
    return user;
  }

  /** Refuses a municipality that is not (or no longer) onboarded, dropping every token of it verified before. */
  private async requireOnboarded(tenantId: string): Promise<void> {
    if (await this.isOnboarded(tenantId)) return;
    for (const [token, entry] of this.verified) if (entry.user.tenantId === tenantId) this.verified.delete(token);
    throw new ForbiddenError('Kommunen er ikke oprettet i Køberollen. Kontakt jeres administrator.');
  }

  private async verify(token: string): Promise<JWTPayload> {
    try {
      const options = { audience: this.rules.audience, algorithms: this.rules.algorithms, currentDate: this.now() };
      const { payload } =
        typeof this.key === 'function'
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options);
      if (payload.exp === undefined) throw new errors.JWTClaimValidationFailed('missing exp', payload, 'exp');
      const issuedAt = Math.min(payload.iat ?? Infinity, payload.nbf ?? Infinity, this.now().getTime() / 1000);
      if (payload.exp - issuedAt > MAX_TOKEN_LIFETIME_SECONDS) {
        throw new errors.JWTClaimValidationFailed('lifetime over 24 hours', payload, 'exp');
      }
      return payload;
    } catch (error) {
      if (error instanceof errors.JOSEError) {
        throw new UnauthenticatedError('Billetten er ugyldig, udløbet eller ikke til Køberollen.');
      }
      throw error;
    }
  }
}

function userFromClaims(payload: JWTPayload): User {
  const { tid, oid, name, roles } = payload as Record<string, unknown>;
  if (typeof tid !== 'string' || typeof oid !== 'string' || !tid || !oid) {
    throw new UnauthenticatedError('Billetten mangler kommune (tid) eller bruger (oid).');
  }
  const knownRoles = Array.isArray(roles) ? roles.flatMap((r) => (Role.safeParse(r).success ? [r as Role] : [])) : [];
  return { tenantId: tid, userId: oid, name: typeof name === 'string' ? name : '', roles: knownRoles };
}
