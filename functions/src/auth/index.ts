// Builds the authenticator for the configured mode: Entra ID (remote JWKS) or local (a key made at start).
import { createRemoteJWKSet, generateKeyPair, SignJWT } from 'jose';

import { NotConfiguredError } from '@koberollen/shared/errors';

import type { AuthConfig } from '../config';
import { JwtAuthenticator, type TenantCheck } from './jwtAuthenticator';
import type { Authenticator, DevTokenIssuer } from './types';

export const LOCAL_ISSUER = 'urn:koberollen:local';
export const LOCAL_AUDIENCE = 'api://koberollen-local';
const LOCAL_ALG = 'ES256';
/** Lifetime of a local-mode token. */
export const DEV_TOKEN_LIFETIME_SECONDS = 8 * 3600;

export interface Auth {
  authenticator: Authenticator;
  /** Present in local mode only. */
  devTokens?: DevTokenIssuer;
}

/** The answer every route gives while entra mode lacks its settings. */
export const SIGN_IN_NOT_CONFIGURED = 'Log-ind er ikke sat op på denne installation. Kontakt kommunens it-afdeling.';

export async function createAuth(config: AuthConfig, isOnboarded: TenantCheck): Promise<Auth> {
  if (config.mode === 'unconfigured') {
    return { authenticator: { authenticate: () => Promise.reject(new NotConfiguredError(SIGN_IN_NOT_CONFIGURED)) } };
  }
  if (config.mode === 'entra') {
    // jose refetches the key set for an unknown key id at most once per cooldown period.
    const jwks = createRemoteJWKSet(new URL(config.jwksUri), { cooldownDuration: 60_000, cacheMaxAge: 3_600_000 });
    const rules = { audience: config.audience, issuer: config.issuer, algorithms: ['RS256'] };
    return { authenticator: new JwtAuthenticator(jwks, rules, isOnboarded) };
  }
  const { privateKey, publicKey } = await generateKeyPair(LOCAL_ALG);
  const rules = { audience: LOCAL_AUDIENCE, issuer: LOCAL_ISSUER, algorithms: [LOCAL_ALG] };
  return {
    authenticator: new JwtAuthenticator(publicKey, rules, isOnboarded),
    devTokens: {
      issue: (user) =>
        new SignJWT({ tid: user.tenantId, oid: user.userId, name: user.name, roles: user.roles })
          .setProtectedHeader({ alg: LOCAL_ALG })
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime(`${DEV_TOKEN_LIFETIME_SECONDS}s`)
          .sign(privateKey),
    },
  };
}
