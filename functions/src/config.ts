// The only reader of process.env: typed, validated, frozen configuration with defaults.
import path from 'node:path';

import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(7071),
  DATA_DIR: z.string().min(1).default('.data'),
  COSMOS_ENDPOINT: z.url().optional(),
  COSMOS_KEY: z.string().min(1).optional(),
  COSMOS_DATABASE: z.string().min(1).default('koberollen'),
  /** Sign-in mode: `entra` unless local mode is chosen on purpose (npm start, tests, benchmark). */
  AUTH_MODE: z.enum(['entra', 'local']).default('entra'),
  /** Entra ID: the tenant-independent issuer template and the API's app id URI; all three are needed in entra mode. */
  ENTRA_AUDIENCE: z.string().min(1).optional(),
  ENTRA_ISSUER: z.string().min(1).optional(),
  ENTRA_JWKS_URI: z.url().optional(),
  SEED_DEMO_DATA: z.enum(['true', 'false']).optional(),
  /** HTTPS for sideloading into Word and Teams, e.g. the files `office-addin-dev-certs install` writes. */
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
});

export type StoreConfig =
  { kind: 'sqlite'; file: string } | { kind: 'cosmos'; endpoint: string; key?: string; database: string };

/** The Entra ID settings, named as in the environment; entra mode needs all three. */
export const ENTRA_SETTINGS = ['ENTRA_AUDIENCE', 'ENTRA_ISSUER', 'ENTRA_JWKS_URI'] as const;

/**
 * How callers sign in. `unconfigured` is entra mode with Entra settings missing: the API then serves no data
 * (the local host refuses to start; under the Functions host every route answers 503).
 */
export type AuthConfig =
  | { mode: 'local' }
  | { mode: 'entra'; audience: string; issuer: string; jwksUri: string }
  | { mode: 'unconfigured'; missing: readonly string[] };

export interface Config {
  port: number;
  dataDir: string;
  store: StoreConfig;
  auth: AuthConfig;
  seedDemoData: boolean;
  tls?: { certFile: string; keyFile: string };
}

/** Parses an environment into configuration; throws naming every missing or malformed setting. */
export function parseConfig(env: Record<string, string | undefined>): Readonly<Config> {
  // An empty value counts as unset: local.settings.json and app settings list optional keys with "".
  const result = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!result.success) {
    const names = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${names.join('; ')}`);
  }
  const e = result.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const store: StoreConfig = e.COSMOS_ENDPOINT
    ? { kind: 'cosmos', endpoint: e.COSMOS_ENDPOINT, key: e.COSMOS_KEY, database: e.COSMOS_DATABASE }
    : { kind: 'sqlite', file: path.join(dataDir, 'koberollen.sqlite') };
  const auth = authConfig(e);
  if (Boolean(e.TLS_CERT_FILE) !== Boolean(e.TLS_KEY_FILE)) {
    throw new Error('Invalid configuration: TLS_CERT_FILE and TLS_KEY_FILE must be set together');
  }
  return Object.freeze({
    port: e.PORT,
    dataDir,
    store,
    auth,
    seedDemoData: e.SEED_DEMO_DATA ? e.SEED_DEMO_DATA === 'true' : store.kind === 'sqlite',
    tls: e.TLS_CERT_FILE && e.TLS_KEY_FILE ? { certFile: e.TLS_CERT_FILE, keyFile: e.TLS_KEY_FILE } : undefined,
  });
}

function authConfig(e: z.infer<typeof EnvSchema>): AuthConfig {
  if (e.AUTH_MODE === 'local') return { mode: 'local' };
  if (e.ENTRA_AUDIENCE && e.ENTRA_ISSUER && e.ENTRA_JWKS_URI) {
    return { mode: 'entra', audience: e.ENTRA_AUDIENCE, issuer: e.ENTRA_ISSUER, jwksUri: e.ENTRA_JWKS_URI };
  }
  return { mode: 'unconfigured', missing: ENTRA_SETTINGS.filter((name) => !e[name]) };
}

/** The sign-in mode as reported to operators: an unconfigured deployment is still in entra mode. */
export function authModeOf(auth: AuthConfig): 'entra' | 'local' {
  return auth.mode === 'local' ? 'local' : 'entra';
}

/** Configuration of this process. */
export function loadConfig(): Readonly<Config> {
  return parseConfig(process.env);
}
