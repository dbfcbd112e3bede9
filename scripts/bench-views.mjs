// `npm run bench:views`: serves the built Teams tab from the local host and opens each view in headless Chromium,
// signed in through a `?tenant=&role=` link. A view's figure is the time from navigation start to the tab's
// `koberollen:first-data` performance mark (set when the view first shows its data); each view is opened five times
// in a fresh context and the median and worst are reported. The last line is one JSON object.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MARK = 'koberollen:first-data';

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url, child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('host exited early');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Milliseconds from navigation start to the first-data mark, in a fresh context (nothing cached). */
async function firstDataMs(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, MARK, {
    timeout: 15_000,
  });
  const ms = await handle.jsonValue();
  await context.close();
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-views-'));
const port = await freePort();
const { hostNodeOptions } = JSON.parse(fs.readFileSync('package.json', 'utf8')).config;
const host = spawn(process.execPath, [...hostNodeOptions.split(' ').filter(Boolean), 'functions/dist/local.js'], {
  env: { ...process.env, AUTH_MODE: 'local', PORT: String(port), DATA_DIR: dataDir },
  stdio: 'ignore',
});
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, host);
  const tenant = (await (await fetch(`${base}/api/dev/tenants`)).json()).items[0];
  const user = tenant.users.find((u) => u.roles.includes('caseworker'));
  const token = (
    await (
      await fetch(`${base}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenantId: tenant.id, userId: user.userId, name: user.name, roles: ['caseworker'] }),
      })
    ).json()
  ).access_token;
  const get = async (p) => (await fetch(base + p, { headers: { authorization: `Bearer ${token}` } })).json();
  const providers = (await get('/api/providers?limit=3')).items;
  const someCase = (await get('/api/cases?limit=1')).items[0];
  const compare = providers.map((p) => `${p.id}~${p.offers[0].id}`).join(',');
  const signIn = `${base}/teams/?tenant=${encodeURIComponent(tenant.id)}&role=caseworker`;
  const views = {
    sager: '#/sager',
    sagsliste: '#/sager?visning=liste',
    sag: `#/sager/${someCase.id}`,
    leverandoerer: '#/leverandoerer',
    leverandoer: `#/leverandoerer/${providers[0].id}`,
    sammenligning: `#/leverandoerer/sammenlign?tilbud=${encodeURIComponent(compare)}`,
    kontrakter: '#/kontrakter',
    overblik: '#/overblik',
  };
  const result = {};
  for (const [name, hash] of Object.entries(views)) {
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await firstDataMs(browser, signIn + hash));
    result[name] = { medianMs: Math.round(median(times)), worstMs: Math.round(Math.max(...times)) };
    console.log(`${name.padEnd(14)} ${JSON.stringify(result[name])}`);
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  host.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
