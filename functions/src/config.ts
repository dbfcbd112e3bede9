// The only reader of process.env: typed, validated, frozen configuration with defaults.
import path from 'node:path';

import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(7071),
  DATA_DIR: z.string().min(1).default('.data'),
  COSMOS_ENDPOINT: z.url().optional(),
  COSMOS_KEY: z.string().min(1).optional(),
  COSMOS_DATABASE: z.string().min(1).default('koberollen'),
  /** Entra ID: the tenant-independent issuer template and the API's app id URI. Unset means local mode. */
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

export type AuthConfig = { mode: 'local' } | { mode: 'entra'; audience: string; issuer: string; jwksUri: string };

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
  const entraSet = [e.ENTRA_AUDIENCE, e.ENTRA_ISSUER, e.ENTRA_JWKS_URI].filter(Boolean).length;
  if (entraSet > 0 && entraSet < 3) {
    throw new Error('Invalid configuration: ENTRA_AUDIENCE, ENTRA_ISSUER and ENTRA_JWKS_URI must be set together');
  }
  const auth: AuthConfig =
    e.ENTRA_AUDIENCE && e.ENTRA_ISSUER && e.ENTRA_JWKS_URI
      ? { mode: 'entra', audience: e.ENTRA_AUDIENCE, issuer: e.ENTRA_ISSUER, jwksUri: e.ENTRA_JWKS_URI }
      : { mode: 'local' };
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

/** Configuration of this process. */
export function loadConfig(): Readonly<Config> {
  return parseConfig(process.env);
}
