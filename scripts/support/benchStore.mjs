// What bench:api and bench:views share: the store BENCH_STORE names (`sqlite`, the default, or `cosmos`: the Cosmos DB
// test server with the real SDK), seeded at scale; the benchmark host on it, which counts every store call; and
// what the store served for one answer (on Cosmos DB also counted at the wire, by the test server).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { makeDataDir, removeDataDir, run, startLocalHost } from './localHost.mjs';

export const STORE = process.env.BENCH_STORE ?? 'sqlite';
if (STORE !== 'sqlite' && STORE !== 'cosmos') throw new Error(`BENCH_STORE is sqlite or cosmos, not ${STORE}`);

/** Sends requests over a child's IPC channel; each resolves with the answer carrying its id, or fails if it exits. */
function channel(child) {
  let next = 0;
  const waiting = new Map();
  child.on('message', (message) => {
    waiting.get(message.id)?.resolve(message.tally);
    waiting.delete(message.id);
  });
  child.on('exit', (code) => {
    for (const { reject } of waiting.values()) reject(new Error(`${child.spawnargs.join(' ')} exited with ${code}`));
    waiting.clear();
  });
  return (request) =>
    new Promise((resolve, reject) => {
      next += 1;
      waiting.set(next, { resolve, reject });
      child.send({ ...request, id: next });
    });
}

async function startCosmosServer() {
  const child = spawn(process.execPath, ['scripts/support/cosmosServer.mjs'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { endpoint } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', () => reject(new Error('The Cosmos DB test server exited')));
  });
  return { child, endpoint, ask: channel(child) };
}

/** A store call tally in figures: on Cosmos DB the wire's requests, bytes and estimated RUs, else the store calls. */
function figures(calls, wire) {
  const methods = Object.fromEntries(Object.entries(calls.byMethod).map(([name, t]) => [name, t.calls]));
  const kB = (bytes) => Math.round(bytes / 102.4) / 10;
  if (!wire) return { requests: calls.calls, kB: kB(calls.bytes), methods };
  return { requests: wire.requests, kB: kB(wire.bytes), ru: Math.round(wire.estimatedRu), methods };
}

/** What a kept store folder was seeded with (written once its seeding is done), or undefined. */
const SEEDED = 'bench-seeded.json';
function seededWith(dataDir) {
  const file = path.join(dataDir, SEEDED);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/**
 * The store folder: BENCH_DATA_DIR when set (embedded store only), kept after the run and reused by a later run of
 * the same size, so that 20 000 contracts are seeded once and measured many times; else a fresh one, removed after.
 */
function dataFolder(name, wanted) {
  const kept = process.env.BENCH_DATA_DIR;
  if (!kept) return { dataDir: makeDataDir(name), seeded: false, keep: false };
  if (STORE !== 'sqlite')
    throw new Error('BENCH_DATA_DIR keeps an embedded store; the Cosmos DB test server holds its data in memory');
  const dataDir = path.resolve(kept);
  const seeded = seededWith(dataDir);
  if (seeded !== undefined && seeded !== wanted)
    throw new Error(`${dataDir} was seeded with ${seeded}, not ${wanted}: name another folder or remove it`);
  if (seeded === undefined && fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0)
    throw new Error(`${dataDir} is not empty and was not seeded by the benchmark (or its seeding was stopped)`);
  fs.mkdirSync(dataDir, { recursive: true });
  return { dataDir, seeded: seeded !== undefined, keep: true };
}

/**
 * The store folder seeded with `providers` and `contracts` (when `contracts` is given, unless a kept folder already
 * was), in the store `env` points to; the seconds the seeding took (0 when reused) and how to remove a folder not kept.
 */
export async function seededFolder(name, { providers, contracts }, env = {}) {
  const wanted = JSON.stringify({ providers, contracts });
  const { dataDir, seeded, keep } = dataFolder(name, wanted);
  const removeUnlessKept = () => keep || removeDataDir(dataDir);
  const started = Date.now();
  try {
    if (contracts && !seeded) {
      await run(process.execPath, ['functions/dist/benchSeed.js', String(providers), String(contracts)], {
        DATA_DIR: dataDir,
        ...env,
      });
      if (keep) fs.writeFileSync(path.join(dataDir, SEEDED), wanted);
    }
  } catch (error) {
    removeUnlessKept();
    throw error;
  }
  return { dataDir, seedSeconds: Number(((Date.now() - started) / 1000).toFixed(1)), removeUnlessKept };
}

/**
 * Opens the benchmark: a store (seeded with `providers` and `contracts` when `contracts` is given, unless a kept
 * folder already was; otherwise the host seeds the demo) and the counted host on it.
 */
export async function openBench(name, sizes) {
  const cosmos = STORE === 'cosmos' ? await startCosmosServer() : undefined;
  const env = cosmos
    ? { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'dummy', COSMOS_DATABASE: 'bench', SEED_DEMO_DATA: 'true' }
    : {};
  let removeUnlessKept = () => undefined;
  try {
    const folder = await seededFolder(name, sizes, env);
    const { dataDir, seedSeconds } = folder;
    removeUnlessKept = folder.removeUnlessKept;
    await cosmos?.ask({ type: 'reset' });
    // The scheduled jobs are not an answer's work (BENCH_TIMERS=on runs them, the daily job at once on a new store).
    const timers = process.env.BENCH_TIMERS ?? 'off';
    const host = await startLocalHost(dataDir, {
      entry: 'functions/dist/benchHost.js',
      env: { ...env, TIMERS: timers },
      ipc: true,
    });
    const askHost = channel(host.child);

    /** Waits until the host has made no store call for half a second and none is running; its tally. */
    const idle = async () => {
      for (;;) {
        const tally = await askHost({ type: 'tally' });
        if (tally.pending === 0 && tally.idleMs >= 500) return tally;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const reset = async () => {
      await askHost({ type: 'reset' });
      await cosmos?.ask({ type: 'reset' });
    };
    const current = async (calls) => figures(calls, await cosmos?.ask({ type: 'tally' }));
    return {
      base: host.base,
      pid: host.child.pid,
      /** Seconds spent seeding; 0 when a kept folder was reused. */
      seedSeconds,
      /** Resolves once the host has made no store call for half a second (after a load, once its backlog is done). */
      quiet: idle,
      /** What the store served from the host's start until it went quiet (warm-ups included). */
      startup: async () => current(await idle()),
      /** Whether store answers are measured in size (costs time in the host: off under load). */
      sizes: (on) => askHost({ type: 'sizes', on }),
      /** Runs `act` alone on a quiet host; what it returned, how long it took, and what the store served for it. */
      async cost(act) {
        await idle();
        await reset();
        const began = performance.now();
        const value = await act();
        const ms = Math.round(performance.now() - began);
        return { value, ms, store: await current(await idle()) };
      },
      close() {
        host.stop();
        cosmos?.child.kill('SIGTERM');
        removeUnlessKept();
      },
    };
  } catch (error) {
    cosmos?.child.kill('SIGTERM');
    removeUnlessKept();
    throw error;
  }
}
