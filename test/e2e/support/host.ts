// Starts the built local host the way `npm start` does (node, the package's host options, functions/dist/local.js).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** What `npm run build` must have produced before the browser tests can run. */
const BUILT = ['functions/dist/local.js', 'addin/dist/taskpane.html', 'teams-app/dist/index.html'];

/** Settings that would switch the host away from a plain local run (Cosmos, sign-in, HTTPS, Microsoft Graph). */
const CLEARED = /^(COSMOS_|ENTRA_|TLS_|GRAPH_|AUTH_MODE$|TEAMS_APP_ID$|PUBLIC_BASE_URL$)/;

/** This process's environment without the settings that would switch a spawned host or job away from a plain run. */
export function inheritedEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !CLEARED.test(name)));
}

/** What `npm start` sets on top of the environment: local sign-in, chosen on purpose. */
const NPM_START_ENV = { AUTH_MODE: 'local' };

export interface RunningHost {
  baseUrl: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Sends a signal and resolves with the exit code once the process has ended (null when killed by the signal). */
  signal(signal: NodeJS.Signals): Promise<number | null>;
  stop(): Promise<void>;
}

export interface HostOptions {
  /** Data folder to use and keep (a new temp folder, removed on stop, when absent). */
  dataDir?: string;
}

/** Spawns the built host with a cleaned environment plus `env`; stdout and stderr are collected. */
export function spawnBuiltHost(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  assertBuilt();
  const inherited = inheritedEnv();
  const child = spawn(process.execPath, [...hostNodeOptions(), 'functions/dist/local.js'], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  return { child, output: () => printed };
}

/** Throws naming the missing build outputs. */
export function assertBuilt(): void {
  const missing = BUILT.filter((file) => !fs.existsSync(path.join(ROOT, file)));
  if (missing.length > 0) {
    throw new Error(`The browser tests need a build: run \`npm run build\` first (missing: ${missing.join(', ')})`);
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The host exited with code ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The host did not answer within ${timeoutMs} ms:\n${output()}`);
}

/** The Node options `npm start` runs the host with: `config.hostNodeOptions` in package.json. */
function hostNodeOptions(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    config: { hostNodeOptions: string };
  };
  return pkg.config.hostNodeOptions.split(' ').filter(Boolean);
}

/**
 * Time the host may take to answer /api/health: it opens the store and seeds the demo data first, which on a loaded
 * two-core machine took more than 20 s.
 */
export const HOST_START_MS = 90_000;

/** Spawns the host with PORT on a free port and DATA_DIR in a new temp folder; resolves once /api/health answers. */
export async function startBuiltHost(options: HostOptions = {}): Promise<RunningHost> {
  const port = await freePort();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-e2e-'));
  const { child, output } = spawnBuiltHost({ ...NPM_START_ENV, PORT: String(port), DATA_DIR: dataDir });
  const baseUrl = `http://localhost:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    return exited;
  };
  const stop = async () => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await signal('SIGTERM');
    clearTimeout(timer);
    if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, output, HOST_START_MS);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, output, signal, stop };
}
