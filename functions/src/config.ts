// The only reader of process.env: typed, validated, frozen configuration with defaults.
import path from 'node:path';

import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(7071),
  /** The interface the local host listens on: loopback only unless set, e.g. `0.0.0.0` in a container. */
  HOST: z.string().min(1).default('127.0.0.1'),
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
  /**
   * Whether the local host runs the scheduled jobs (the daily follow-up job, the notification outbox): `off` for a host
   * beside one that runs them, or to measure answers without the daily job's work.
   */
  TIMERS: z.enum(['on', 'off']).default('on'),
  /** Microsoft Graph: the Entra app's client id and secret (on-behalf-of and app-only tokens for each municipality). */
  ENTRA_CLIENT_ID: z.string().min(1).optional(),
  ENTRA_CLIENT_SECRET: z.string().min(1).optional(),
  /** The Teams app's id (printed by `npm run package`), for deep links in activity-feed notifications. */
  TEAMS_APP_ID: z.guid().optional(),
  /** Where the pages are served (the base URL the packages were built for), for links back into the product. */
  PUBLIC_BASE_URL: z.url().optional(),
  /** Sign-in and Graph endpoints: the global cloud unless a national cloud is used. */
  GRAPH_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  GRAPH_BASE_URL: z.url().default('https://graph.microsoft.com/v1.0'),
  /** A PEM file of a certificate authority to trust for Graph and sign-in besides the system's (private clouds). */
  GRAPH_CA_FILE: z.string().min(1).optional(),
  /** How long one Graph request may take before it is given up. */
  GRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
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

/** The settings Graph needs besides sign-in; without them notifications stay in the outbox and meetings are off. */
export const GRAPH_SETTINGS = ['ENTRA_CLIENT_ID', 'ENTRA_CLIENT_SECRET', 'TEAMS_APP_ID', 'PUBLIC_BASE_URL'] as const;

export interface GraphSettings {
  clientId: string;
  clientSecret: string;
  teamsAppId: string;
  /** Without a trailing slash. */
  publicBaseUrl: string;
  authorityHost: string;
  /** Graph's root including the version, without a trailing slash. */
  baseUrl: string;
  timeoutMs: number;
  caFile?: string;
}

/** Whether the product talks to Microsoft Graph, and if not, why not (in words for operators). */
export type GraphConfig = ({ mode: 'on' } & GraphSettings) | { mode: 'off'; reason: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  store: StoreConfig;
  auth: AuthConfig;
  graph: GraphConfig;
  seedDemoData: boolean;
  /** Whether the local host runs the scheduled jobs (TIMERS). */
  runTimers: boolean;
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
    host: e.HOST,
    dataDir,
    store,
    auth,
    graph: graphConfig(e, auth),
    seedDemoData: e.SEED_DEMO_DATA ? e.SEED_DEMO_DATA === 'true' : store.kind === 'sqlite',
    runTimers: e.TIMERS === 'on',
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

function graphConfig(e: z.infer<typeof EnvSchema>, auth: AuthConfig): GraphConfig {
  if (auth.mode !== 'entra') return { mode: 'off', reason: `sign-in mode is ${authModeOf(auth)} without Entra ID` };
  const missing = GRAPH_SETTINGS.filter((name) => !e[name]);
  if (!e.ENTRA_CLIENT_ID || !e.ENTRA_CLIENT_SECRET || !e.TEAMS_APP_ID || !e.PUBLIC_BASE_URL) {
    return { mode: 'off', reason: `missing ${missing.join(', ')}` };
  }
  return {
    mode: 'on',
    clientId: e.ENTRA_CLIENT_ID,
    clientSecret: e.ENTRA_CLIENT_SECRET,
    teamsAppId: e.TEAMS_APP_ID,
    publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    authorityHost: e.GRAPH_AUTHORITY_HOST,
    baseUrl: e.GRAPH_BASE_URL.replace(/\/+$/, ''),
    timeoutMs: e.GRAPH_TIMEOUT_MS,
    ...(e.GRAPH_CA_FILE ? { caFile: e.GRAPH_CA_FILE } : {}),
  };
}

/** The sign-in mode as reported to operators: an unconfigured deployment is still in entra mode. */
export function authModeOf(auth: AuthConfig): 'entra' | 'local' {
  return auth.mode === 'local' ? 'local' : 'entra';
}

/** Configuration of this process. */
export function loadConfig(): Readonly<Config> {
  return parseConfig(process.env);
}
