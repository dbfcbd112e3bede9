// `npm run bench:bundle`: builds the front ends, serves them from the local host and loads each in headless Chromium.
// A page's initial weight is the gzipped JavaScript it fetched from its own origin until the first screen was idle
// (office.js from Microsoft's CDN is not counted); its total is every JavaScript file of its build. A page is measured
// on its plain first visit (the sign-in picker in local mode) and signed in through a `?tenant=&role=` link (the
// first view a signed-in user sees). The last line is one JSON object.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

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
const PAGES = {
  addin: { path: '/addin/taskpane.html', dist: 'addin/dist' },
  teams: { path: '/teams/', dist: 'teams-app/dist' },
};

const gzipKb = (bytes) => Number((zlib.gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1));

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

/** Every .js file below a build folder, gzipped one by one and summed. */
function totalGzipKb(dir) {
  const files = fs.readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.js'));
  return Number(files.reduce((sum, name) => sum + gzipKb(fs.readFileSync(path.join(dir, String(name)))), 0).toFixed(1));
}

/** Loads a URL in a fresh context and sums the gzipped same-origin scripts fetched until the network is idle. */
async function initialGzipKb(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const bodies = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() === 'script' && response.url().startsWith(origin)) bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(bodies);
  await context.close();
  return { kb: Number(scripts.reduce((sum, body) => sum + gzipKb(body), 0).toFixed(1)), files: scripts.length };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-bundle-'));
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
  const tenants = await (await fetch(`${base}/api/dev/tenants`)).json();
  const signedIn = `?tenant=${encodeURIComponent(tenants.items[0].id)}&role=caseworker`;
  const result = {};
  for (const [name, { path: pagePath, dist }] of Object.entries(PAGES)) {
    const picker = await initialGzipKb(browser, base + pagePath);
    const first = await initialGzipKb(browser, base + pagePath + signedIn);
    result[name] = {
      initialGzipKb: Math.max(first.kb, picker.kb),
      signedInGzipKb: first.kb,
      pickerGzipKb: picker.kb,
      initialFiles: first.files,
      totalGzipKb: totalGzipKb(dist),
    };
    console.log(`${name.padEnd(6)} ${JSON.stringify(result[name])}`);
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  host.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
