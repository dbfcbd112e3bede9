// Starts the local host in-process on a free port with a fresh data folder (per test file: useHost), and calls the API.
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import type { Role } from '@koberollen/shared/domain/user';

import { parseConfig } from '../../../functions/src/config';
import { createLocalServer } from '../../../functions/src/host/server';
import { routes } from '../../../functions/src/routes';
import { DEMO_TENANTS } from '../../../functions/src/seed/tenants';
import { closeServices, type Services, setServices } from '../../../functions/src/services';
import { startServices } from '../../../functions/src/startServices';

export const [TENANT_A, TENANT_B] = DEMO_TENANTS.map((t) => t.id) as [string, string];

export interface TestHost {
  base: string;
  services: Services;
  /** Warnings and errors the functions logged. */
  logged: string[];
  /** A bearer token for a user of a tenant with the given roles. */
  token(roles: Role[], tenantId?: string, userId?: string): Promise<string>;
  /** Calls the API; `body` objects are sent as JSON. */
  call(method: string, url: string, options?: CallOptions): Promise<ApiAnswer>;
  stop(): Promise<void>;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  ifMatch?: string;
  headers?: Record<string, string>;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: any;
}

/** How to start a host: `now` fixes the clock, `seed: false` leaves out the demo data. */
export interface HostOptions {
  now?: () => Date;
  seed?: boolean;
}

/** A token to make once the host runs: the user's roles, and the tenant when it is not TENANT_A. */
export interface TokenSpec {
  roles: Role[];
  tenantId?: string;
}

/** Starts a host seeded with the demo data; `now` fixes the clock for deterministic milestones. */
export async function startHost(options: HostOptions = {}): Promise<TestHost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-api-'));
  const config = parseConfig({
    AUTH_MODE: 'local',
    DATA_DIR: dataDir,
    PORT: '0',
    SEED_DEMO_DATA: options.seed === false ? 'false' : 'true',
  });
  const services = await startServices(config, options.now);
  setServices(services);
  const logged: string[] = [];
  const server: http.Server = createLocalServer(routes, [], (level, ...args) =>
    logged.push(`${level} ${args.map(String).join(' ')}`),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const call = async (method: string, url: string, opts: CallOptions = {}): Promise<ApiAnswer> => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.ifMatch) headers['if-match'] = opts.ifMatch;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(base + url, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };

  return {
    base,
    services,
    logged,
    call,
    async token(roles, tenantId = TENANT_A, userId = `user-${roles.join('-') || 'none'}`) {
      const answer = await call('POST', '/api/dev/token', {
        body: { tenantId, userId, name: `Test ${userId}`, roles },
      });
      if (answer.status !== 200) throw new Error(`dev token: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body.access_token as string;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeServices();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a host for the calling test file in `beforeAll` and stops it in `afterAll`. Use both fields inside hooks
 * and tests only: `host` forwards to the started host, and `tokens` gets one token per named spec before the
 * tests run.
 */
export function useHost<Name extends string = never>(
  options: HostOptions & { tokens?: Record<Name, TokenSpec> } = {},
): { host: TestHost; tokens: Record<Name, string> } {
  const { tokens: specs = {} as Record<Name, TokenSpec>, ...hostOptions } = options;
  let started: TestHost | undefined;
  const current = (): TestHost => {
    if (!started) throw new Error('The host starts in beforeAll: use it inside hooks and tests.');
    return started;
  };
  const tokens = {} as Record<Name, string>;
  beforeAll(async () => {
    started = await startHost(hostOptions);
    for (const name of Object.keys(specs) as Name[]) {
      tokens[name] = await started.token(specs[name].roles, specs[name].tenantId);
    }
  });
  afterAll(() => started?.stop());
  const host: TestHost = {
    get base() {
      return current().base;
    },
    get services() {
      return current().services;
    },
    get logged() {
      return current().logged;
    },
    token: (...args) => current().token(...args),
    call: (...args) => current().call(...args),
    stop: () => current().stop(),
  };
  return { host, tokens };
}
