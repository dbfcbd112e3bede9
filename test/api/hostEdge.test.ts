// The crash requests of the local host's HTTP edge, each against a running host that must keep answering.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { createLocalServer, createRequestListener } from '../../functions/src/host/server';
import type { StaticMount } from '../../functions/src/host/staticFiles';
import { routes } from '../../functions/src/routes';
import { startHost, type TestHost } from './support/host';
import { abortedUpload, getRequest, rawRequest } from './support/rawHttp';

let host: TestHost;
let pages: http.Server;
let pagesBase: string;
const logged: string[] = [];
const pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-pages-'));

beforeAll(async () => {
  host = await startHost();
  fs.writeFileSync(path.join(pagesDir, 'index.html'), '<!doctype html><title>Fane</title>');
  const mounts: StaticMount[] = [
    { prefix: '/teams/', dir: pagesDir, page: 'teams', index: 'index.html' },
    { prefix: '/addin/', dir: pagesDir, page: 'addin', index: 'index.html' },
  ];
  pages = createLocalServer(routes, mounts, (level, ...args) => logged.push(`${level} ${args.map(String).join(' ')}`));
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pagesBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
});
afterAll(async () => {
  pages.closeAllConnections();
  await new Promise((resolve) => pages.close(resolve));
  await host.stop();
  fs.rmSync(pagesDir, { recursive: true, force: true });
});

const healthy = async (base: string) => expect((await rawRequest(base, getRequest('/api/health'))).status).toBe(200);

describe('malformed percent-escapes', () => {
  it.each(['/api/clauses/%C0%80', '/teams/%E0', '/addin/%', '/api/%ZZ', '/teams/a%2'])(
    'answers 400 with a Danish problem to %s and keeps running',
    async (target) => {
      const answer = await rawRequest(pagesBase, getRequest(target));
      expect(answer.status).toBe(400);
      expect(answer.text).toContain('application/problem+json');
      expect(answer.text).toContain('Adressen i forespørgslen er ugyldig.');
      await healthy(pagesBase);
    },
  );

  it('still serves a page whose path has valid escapes', async () => {
    expect((await rawRequest(pagesBase, getRequest('/teams/index%2Ehtml'))).status).toBe(200);
  });
});

describe('odd request targets', () => {
  it.each(['//', '//api/health', '///teams/', '//evil.example/x'])(
    'answers %s without falling over',
    async (target) => {
      const answer = await rawRequest(pagesBase, getRequest(target));
      expect(answer.status).toBe(404);
      await healthy(pagesBase);
    },
  );

  it('routes an absolute-form target by its path', async () => {
    expect((await rawRequest(pagesBase, getRequest('http://localhost/api/health'))).status).toBe(200);
  });
});

describe('a body cut off by the client', () => {
  it('drops the request quietly and keeps serving', async () => {
    logged.length = 0;
    await abortedUpload(pagesBase, '/api/cases', 100, 10);
    await abortedUpload(pagesBase, '/api/providers/import', 5_000_000, 64 * 1024);
    await healthy(pagesBase);
    // The handler never ran: no error is logged for a client that went away.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logged).toEqual([]);
  });
});

describe('an error outside any handler', () => {
  it('is logged and answered 500 once, and the host keeps serving', async () => {
    const broken: StaticMount = {
      prefix: '/teams/',
      get dir(): string {
        throw new Error('mount unreadable');
      },
      page: 'teams',
      index: 'index.html',
    };
    const lines: string[] = [];
    const server = createLocalServer(routes, [broken], (level, ...args) => lines.push(`${level} ${args.join(' ')}`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const answer = await rawRequest(base, getRequest('/teams/index.html'));
      expect(answer.status).toBe(500);
      expect(answer.text.match(/HTTP\/1\.1 /g)).toHaveLength(1);
      expect(answer.text).toContain('Der opstod en uventet fejl.');
      expect(lines).toEqual([expect.stringMatching(/^error GET request failed outside its handler.*mount unreadable/)]);
      await healthy(base);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('page headers', () => {
  it('lets each page be framed by its own hosts only', async () => {
    const tab = await rawRequest(pagesBase, getRequest('/teams/'));
    const pane = await rawRequest(pagesBase, getRequest('/addin/'));
    expect(tab.text).toMatch(/frame-ancestors 'self' [^\r]*https:\/\/teams\.microsoft\.com/);
    expect(tab.text).not.toContain('officeapps.live.com');
    expect(pane.text).toMatch(/frame-ancestors 'self' [^\r]*https:\/\/\*\.officeapps\.live\.com/);
    expect(pane.text).not.toContain('teams.microsoft.com');
  });

  it('sends HSTS on HTTPS answers only', async () => {
    const listener = createRequestListener(routes, []);
    const tlsLike = http.createServer((req, res) => {
      Object.defineProperty(req.socket, 'encrypted', { value: true });
      listener(req, res);
    });
    await new Promise<void>((resolve) => tlsLike.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(tlsLike.address() as AddressInfo).port}`;
      const secure = await rawRequest(base, getRequest('/api/health'));
      expect(secure.text).toContain('Strict-Transport-Security: max-age=31536000; includeSubDomains');
      const redirect = await rawRequest(base, getRequest('/'));
      expect(redirect.status).toBe(302);
      expect(redirect.text).toContain('Strict-Transport-Security');
    } finally {
      tlsLike.closeAllConnections();
      await new Promise((resolve) => tlsLike.close(resolve));
    }
    expect((await rawRequest(pagesBase, getRequest('/api/health'))).text).not.toContain('Strict-Transport-Security');
  });
});
