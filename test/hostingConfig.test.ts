// The committed production hosting configs carry exactly the headers the code sends, so the two cannot drift.
import fs from 'node:fs';
import path from 'node:path';

import { healthRoutes } from '@koberollen/shared/api/health.contract';
import { functionsRoute } from '@koberollen/shared/api/route';

import { parseConfig } from '../functions/src/config';
import { API_HEADERS, HSTS, pageHeaders, type PageKind } from '../functions/src/http/securityHeaders';

const ROOT = path.resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** Printed on a mismatch: the block to paste into the config. */
const wanted = (headers: Record<string, string>) => `\nExpected headers:\n${JSON.stringify(headers, null, 2)}\n`;

describe('staticwebapp.config.json', () => {
  const config = readJson('staticwebapp.config.json');
  const routes: { route: string; headers?: Record<string, string> }[] = config.routes;

  it.each<[string, PageKind]>([
    ['/addin/*', 'addin'],
    ['/teams/*', 'teams'],
  ])('gives %s the headers of pageHeaders(%s)', (route, kind) => {
    const entry = routes.find((r) => r.route === route);
    expect(entry).toBeDefined();
    if (JSON.stringify(entry?.headers) !== JSON.stringify(pageHeaders(kind))) {
      throw new Error(
        `${route} in staticwebapp.config.json differs from pageHeaders('${kind}').${wanted(pageHeaders(kind))}`,
      );
    }
  });

  it('sets headers on the two page routes only, after nothing that would shadow them', () => {
    const withHeaders = routes.filter((r) => r.headers).map((r) => r.route);
    expect(withHeaders).toEqual(['/addin/*', '/teams/*']);
    const shadowing = routes.filter((r) => r.route === '/*' || r.route === '*');
    expect(shadowing).toEqual([]);
  });

  it('sends HSTS on every answer (the site is HTTPS only)', () => {
    expect(config.globalHeaders).toEqual(HSTS);
  });

  it('lets Office hosts frame the Word pane and Teams hosts the tab, not the other way round', () => {
    const ancestors = (kind: PageKind) =>
      /frame-ancestors ([^;]+)/.exec(pageHeaders(kind)['Content-Security-Policy'] ?? '')?.[1] ?? '';
    expect(ancestors('addin')).toContain('https://*.officeapps.live.com');
    expect(ancestors('addin')).not.toContain('teams.microsoft.com');
    expect(ancestors('teams')).toContain('https://teams.microsoft.com');
    expect(ancestors('teams')).not.toContain('officeapps.live.com');
  });

  it('sends the bare origin to the Teams tab, as the local host does', () => {
    expect(routes).toContainEqual({ route: '/', redirect: '/teams/', statusCode: 302 });
  });
});

describe('functions/host.json', () => {
  const host = readJson('functions/host.json');

  it('is a v2 host with the extension bundle', () => {
    expect(host.version).toBe('2.0');
    expect(host.extensionBundle.id).toBe('Microsoft.Azure.Functions.ExtensionBundle');
  });

  it('adds exactly the API headers to every answer', () => {
    if (JSON.stringify(host.extensions.http.customHeaders) !== JSON.stringify(API_HEADERS)) {
      throw new Error(`extensions.http.customHeaders differs from API_HEADERS.${wanted(API_HEADERS)}`);
    }
  });

  it('puts the functions under the /api prefix the contracts use', () => {
    const { path: contractPath } = healthRoutes.getHealth;
    expect(`/${host.extensions.http.routePrefix}/${functionsRoute(contractPath)}`).toBe(contractPath);
  });
});

describe('functions/local.settings.sample.json', () => {
  const { Values: values } = readJson('functions/local.settings.sample.json');

  it('names the worker runtime, the storage and every Cosmos DB and Entra ID setting', () => {
    expect(values.FUNCTIONS_WORKER_RUNTIME).toBe('node');
    expect(Object.keys(values)).toEqual(
      expect.arrayContaining([
        'AzureWebJobsStorage',
        'AUTH_MODE',
        'COSMOS_ENDPOINT',
        'COSMOS_KEY',
        'COSMOS_DATABASE',
        'ENTRA_AUDIENCE',
        'ENTRA_ISSUER',
        'ENTRA_JWKS_URI',
      ]),
    );
  });

  it('starts as copied: empty settings mean SQLite and Entra sign-in that still lacks its three settings', () => {
    const config = parseConfig(values);
    expect(config.store.kind).toBe('sqlite');
    expect(config.auth).toEqual({
      mode: 'unconfigured',
      missing: ['ENTRA_AUDIENCE', 'ENTRA_ISSUER', 'ENTRA_JWKS_URI'],
    });
  });
});
