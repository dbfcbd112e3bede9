// Sign-in fails closed: what the Functions entry registers, and what an unconfigured or Entra deployment answers.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { parseConfig } from '../../functions/src/config';
import { createLocalServer } from '../../functions/src/host/server';
import { deployedRoutes, routes } from '../../functions/src/routes';
import { closeServices, createServices, setServices } from '../../functions/src/services';

const ENTRA = {
  ENTRA_AUDIENCE: 'api://koberollen',
  ENTRA_ISSUER: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  ENTRA_JWKS_URI: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
};

/** Serves every route with services built from `env` (a fresh, unseeded store) and answers the paths asked. */
async function answersWith(env: Record<string, string>, paths: string[]): Promise<{ status: number; body: any }[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-signin-'));
  setServices(await createServices(parseConfig({ ...env, DATA_DIR: dataDir, SEED_DEMO_DATA: 'false' })));
  const server = createLocalServer(routes, [], () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    return await Promise.all(
      paths.map(async (url) => {
        const response = await fetch(base + url);
        return { status: response.status, body: await response.json() };
      }),
    );
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await closeServices();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Loads the Functions entry in isolation, as the runtime does, and collects what it registers and logs. */
async function loadFunctionsEntry(): Promise<{ registered: string[]; errors: string[] }> {
  const registered: string[] = [];
  const errors: string[] = [];
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
  await jest.isolateModulesAsync(async () => {
    const { app } = await import('@azure/functions');
    jest.spyOn(app, 'setup').mockImplementation(() => undefined);
    jest.spyOn(app, 'timer').mockImplementation(() => undefined);
    jest.spyOn(app, 'http').mockImplementation((name) => void registered.push(name));
    await import('../../functions/src/index');
  });
  return { registered, errors };
}

afterEach(() => jest.restoreAllMocks());

describe('the Functions entry', () => {
  it('registers every route but the local-mode dev routes, and logs once which Entra settings are missing', async () => {
    const { registered, errors } = await loadFunctionsEntry();
    const devNames = routes.filter((r) => r.route.access === 'dev').map((r) => r.name);
    expect(devNames).toEqual(['dev-token', 'dev-tenants']);
    expect(registered).toEqual(deployedRoutes.map((r) => r.name));
    expect(registered).toHaveLength(routes.length - devNames.length);
    expect(registered.filter((name) => devNames.includes(name))).toEqual([]);
    const signIn = errors.filter((line) => line.startsWith('Sign-in is not configured'));
    expect(signIn).toEqual([expect.stringContaining('ENTRA_AUDIENCE, ENTRA_ISSUER, ENTRA_JWKS_URI')]);
  });
});

describe('without AUTH_MODE and without Entra settings', () => {
  it('answers 503 problem+json on every route, dev routes included, and issues no token', async () => {
    const answers = await answersWith({}, ['/api/health', '/api/providers', '/api/dev/tenants', '/api/openapi.json']);
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(answer.body.detail).toMatch(/Log-ind er ikke sat op/);
    }
  });
});

describe('health reports the sign-in mode', () => {
  it('says entra when Entra ID is configured', async () => {
    const [health] = await answersWith(ENTRA, ['/api/health']);
    expect(health).toMatchObject({ status: 200, body: { auth: 'entra' } });
  });

  it('says local when local mode is chosen', async () => {
    const [health] = await answersWith({ AUTH_MODE: 'local' }, ['/api/health']);
    expect(health).toMatchObject({ status: 200, body: { auth: 'local' } });
  });
});
