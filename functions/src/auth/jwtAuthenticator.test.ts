// Entra ID sign-in against a local JWKS endpoint: signature, issuer, audience, lifetime, tenants, key refetch.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

import { ForbiddenError, UnauthenticatedError } from '@koberollen/shared/errors';

import { createAuth } from '.';
import { ONBOARDED_TTL_MS, rememberOnboarded } from './tenantRegistry';
import type { Authenticator } from './types';

const AUDIENCE = 'api://koberollen-test';
const ISSUER = 'https://login.example/{tenantid}/v2.0';
const TENANT = 'tenant-onboarded';

let server: http.Server;
let jwksRequests = 0;
let authenticator: Authenticator;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  server = http.createServer((_req, res) => {
    jwksRequests += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
  const auth = await createAuth({ mode: 'entra', audience: AUDIENCE, issuer: ISSUER, jwksUri }, (tenantId) =>
    Promise.resolve(tenantId === TENANT),
  );
  authenticator = auth.authenticator;
  expect(auth.devTokens).toBeUndefined();
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

interface TokenOptions {
  claims?: JWTPayload;
  key?: CryptoKey;
  kid?: string;
  expires?: string | number;
  notBefore?: string | number;
}

async function token({ claims = {}, key = signingKey, kid = 'key-1', expires = '1h', notBefore }: TokenOptions = {}) {
  const tid = (claims.tid as string | undefined) ?? TENANT;
  const iss = ISSUER.replace('{tenantid}', tid);
  const jwt = new SignJWT({
    tid,
    oid: 'oid-7',
    name: 'Mette',
    roles: ['caseworker', 'superuser'],
    iss,
    aud: AUDIENCE,
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuedAt()
    .setExpirationTime(expires);
  if (notBefore !== undefined) jwt.setNotBefore(notBefore);
  return `Bearer ${await jwt.sign(key)}`;
}

const refused = (header: string | null) =>
  expect(authenticator.authenticate(header)).rejects.toBeInstanceOf(UnauthenticatedError);

it('accepts a valid Entra token: tenant from tid, user from oid, only known roles', async () => {
  await expect(authenticator.authenticate(await token())).resolves.toEqual({
    tenantId: TENANT,
    userId: 'oid-7',
    name: 'Mette',
    roles: ['caseworker'],
  });
});

it('refuses a missing header, another audience, another issuer, and tokens outside their lifetime', async () => {
  await refused(null);
  await refused('Basic dXNlcjpwYXNz');
  await refused(await token({ claims: { aud: 'api://someone-else' } }));
  await refused(await token({ claims: { iss: 'https://login.example/other-tenant/v2.0' } }));
  await refused(await token({ expires: Math.floor(Date.now() / 1000) - 600 }));
  await refused(await token({ notBefore: '10m' }));
});

it("refuses alg none, a tampered payload and a key that is not the issuer's", async () => {
  const valid = (await token()).slice('Bearer '.length);
  const [header, payload, signature] = valid.split('.') as [string, string, string];
  const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  await refused(`Bearer ${none}.${payload}.`);
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as JWTPayload;
  const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
  await refused(`Bearer ${header}.${forged}.${signature}`);
  await refused(await token({ key: strangerKey }));
});

it('answers 403 for a valid token from a municipality that is not onboarded', async () => {
  const other = await token({ claims: { tid: 'tenant-unknown' } });
  await expect(authenticator.authenticate(other)).rejects.toBeInstanceOf(ForbiddenError);
});

it('refuses a token living longer than 24 hours, such as one expiring in 100 years', async () => {
  const nowSeconds = Math.floor(Date.now() / 1000);
  await refused(await token({ expires: nowSeconds + 100 * 365 * 24 * 3600 }));
  await refused(await token({ expires: '25h' }));
  await expect(authenticator.authenticate(await token({ expires: '23h' }))).resolves.toMatchObject({
    tenantId: TENANT,
  });
  // Issued two days ago and valid for one more hour: a lifetime of 49 hours.
  const old = new SignJWT({ tid: TENANT, oid: 'oid-8', iss: ISSUER.replace('{tenantid}', TENANT), aud: AUDIENCE })
    .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
    .setIssuedAt(nowSeconds - 48 * 3600)
    .setExpirationTime(nowSeconds + 3600);
  await refused(`Bearer ${await old.sign(signingKey)}`);
});

it('drops the tokens of a municipality once the registry no longer lists it (offboarded)', async () => {
  const registry = new Set([TENANT]);
  let clock = 0;
  const check = rememberOnboarded(
    (tenantId) => Promise.resolve(registry.has(tenantId)),
    () => clock,
  );
  const jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
  const { authenticator: fresh } = await createAuth(
    { mode: 'entra', audience: AUDIENCE, issuer: ISSUER, jwksUri },
    check,
  );
  const header = await token();
  await expect(fresh.authenticate(header)).resolves.toMatchObject({ tenantId: TENANT });
  registry.delete(TENANT);
  // Within the registry's time to live the municipality still counts as onboarded ...
  clock += ONBOARDED_TTL_MS - 1;
  await expect(fresh.authenticate(header)).resolves.toMatchObject({ tenantId: TENANT });
  // ... after it, the cached token is refused and forgotten; onboarded again, the municipality signs in afresh.
  clock += 2;
  await expect(fresh.authenticate(header)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(fresh.authenticate(header)).rejects.toBeInstanceOf(ForbiddenError);
  registry.add(TENANT);
  await expect(fresh.authenticate(header)).resolves.toMatchObject({ tenantId: TENANT });
});

it('refetches the key set for an unknown key id at most once per cooldown', async () => {
  await authenticator.authenticate(await token({ claims: { oid: 'warm-up' } }));
  const before = jwksRequests;
  for (let i = 0; i < 5; i++) await refused(await token({ key: strangerKey, kid: `rotated-${i}` }));
  expect(jwksRequests - before).toBeLessThanOrEqual(1);
});
