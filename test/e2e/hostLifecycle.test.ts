// The host as `npm start` runs it: prints where to go, keeps every acknowledged write across kill -9, exits 0 on signals.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { HOST_START_MS, type RunningHost, startBuiltHost } from './support/host';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-lifecycle-'));
const started: RunningHost[] = [];
const start = async () => {
  const host = await startBuiltHost({ dataDir });
  started.push(host);
  return host;
};
afterAll(async () => {
  await Promise.all(started.map((host) => host.stop()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Answer = { status: number; body: any };

async function json(url: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
}

async function tokenFor(base: string): Promise<string> {
  const tenants = await json(`${base}/api/dev/tenants`);
  const answer = await json(`${base}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: tenants.body.items[0].id, userId: 'oid-1', name: 'Test', roles: ['procurement'] }),
  });
  return answer.body.access_token;
}

it(
  'seeds once, keeps acknowledged writes after kill -9, and shuts down with exit 0 on SIGINT and SIGTERM',
  async () => {
    const first = await start();
    expect(first.output()).toContain(`${first.baseUrl}/addin/taskpane.html`);
    expect(first.output()).toContain(`${first.baseUrl}/teams/`);
    expect((await json(`${first.baseUrl}/api/health`)).body.store).toBe('sqlite');
    const token = await tokenFor(first.baseUrl);
    const auth = { authorization: `Bearer ${token}` };
    const seeded = (await json(`${first.baseUrl}/api/providers?limit=200`, { headers: auth })).body.items.length;
    expect(seeded).toBeGreaterThan(0);

    const created = await json(`${first.baseUrl}/api/providers`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Opholdsstedet Skovsneppen',
        cvr: '12345674',
        ownership: 'private',
        address: { street: 'Skovvej 1', postalCode: '4000', city: 'Roskilde' },
        municipality: 'Roskilde',
        region: 'Sjælland',
      }),
    });
    expect(created.status).toBe(201);
    expect(await first.signal('SIGKILL')).toBeNull();

    const second = await start();
    const token2 = await tokenFor(second.baseUrl);
    const read = await json(`${second.baseUrl}/api/providers/${created.body.id}`, {
      headers: { authorization: `Bearer ${token2}` },
    });
    expect(read.status).toBe(200);
    expect(read.body.name).toBe('Opholdsstedet Skovsneppen');
    const after = await json(`${second.baseUrl}/api/providers?limit=200`, {
      headers: { authorization: `Bearer ${token2}` },
    });
    expect(after.body.items).toHaveLength(seeded + 1);
    expect(await second.signal('SIGINT')).toBe(0);
    expect(second.output()).toContain('SIGINT received');

    const third = await start();
    expect(await third.signal('SIGTERM')).toBe(0);
  },
  3 * HOST_START_MS,
);
