// `npm run bench:bundle`: builds the front ends, serves them from the local host and loads each in headless Chromium.
// A page's initial weight is the gzipped JavaScript it fetched from its own origin until the first screen was idle
// (office.js from Microsoft's CDN is not counted); its total is every JavaScript file of its build. A page is measured
// on its plain first visit (the sign-in picker in local mode) and signed in through a `?tenant=&role=` link (the
// first view a signed-in user sees). The last line is one JSON object.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { devTenants, launchChromium, makeDataDir, removeDataDir, startLocalHost } from './support/localHost.mjs';

const PAGES = {
  addin: { path: '/addin/taskpane.html', dist: 'addin/dist' },
  teams: { path: '/teams/', dist: 'teams-app/dist' },
};

const gzipKb = (bytes) => Number((zlib.gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1));

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

const dataDir = makeDataDir('bundle');
const host = await startLocalHost(dataDir);
const browser = await launchChromium();
try {
  const base = host.base;
  const tenants = await devTenants(base);
  const signedIn = `?tenant=${encodeURIComponent(tenants[0].id)}&role=caseworker`;
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
  host.stop();
  removeDataDir(dataDir);
}
