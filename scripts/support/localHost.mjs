// What the benchmark scripts share: a free port, the built local host started as `npm start` starts it (with the
// package's host options) on a store of its own, a wait for an address to answer, and headless Chromium.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Resolves once `url` answers 2xx; fails when `child` exits first or after a minute. */
export async function waitFor(url, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited early`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Runs a command to its end, its output on ours; rejects on a non-zero exit. */
export function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** A fresh store folder, removed by `removeDataDir`. */
export const makeDataDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `koberollen-${name}-`));
export const removeDataDir = (dir) => fs.rmSync(dir, { recursive: true, force: true });

/**
 * Starts the built local host in local sign-in mode on `dataDir`; `stop()` ends it. `entry` is another build of it
 * (the benchmark's counted host), `env` adds settings (a Cosmos DB endpoint), `ipc` opens a channel to it.
 */
export async function startLocalHost(dataDir, { entry = 'functions/dist/local.js', env = {}, ipc = false } = {}) {
  const port = await freePort();
  const { hostNodeOptions } = JSON.parse(fs.readFileSync('package.json', 'utf8')).config;
  const child = spawn(process.execPath, [...hostNodeOptions.split(' ').filter(Boolean), entry], {
    env: { ...process.env, AUTH_MODE: 'local', PORT: String(port), DATA_DIR: dataDir, ...env },
    stdio: ipc ? ['ignore', 'ignore', 'inherit', 'ipc'] : 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, child);
  return { base, child, stop: () => child.kill('SIGTERM') };
}

/** The seeded municipalities with their users, as the sign-in picker lists them. */
export const devTenants = async (base) => (await (await fetch(`${base}/api/dev/tenants`)).json()).items;

/** A dev token for a user of the tenant with the given roles. */
export async function devToken(base, tenantId, user, roles) {
  const answer = await fetch(`${base}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId, userId: user.userId, name: user.name, roles }),
  });
  return (await answer.json()).access_token;
}

export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
