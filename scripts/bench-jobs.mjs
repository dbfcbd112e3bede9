// `npm run bench:jobs`: the daily job at scale on the embedded store. Seeds BENCH_PROVIDERS providers (10 000) and
// BENCH_CONTRACTS contracts (20 000) as bench:api does (BENCH_DATA_DIR keeps the seeded store and reuses it), then runs
// each part of the daily job over every municipality, each in a process of its own, at BENCH_JOBS_AT (default: the
// next 05:00 UTC, when the timer runs it): the milestones and their notifications, the contracts' cost of the coming
// 12 months, and the figures refresh. Prints per job its seconds, store reads, kB read, writes, what it did and peak
// RSS. The jobs write what the day moves, so a second run on a kept store measures a run with nothing left to do.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { seededFolder, STORE } from './support/benchStore.mjs';

const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 10_000);
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 20_000);
const JOBS = ['milestones', 'costs', 'figures'];

/** The next 05:00 UTC after now. */
function nextDailyRun() {
  const at = new Date();
  at.setUTCHours(5, 0, 0, 0);
  if (at.getTime() <= Date.now()) at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString();
}

if (STORE !== 'sqlite') throw new Error('bench:jobs runs on the embedded store (BENCH_STORE=sqlite)');
const at = process.env.BENCH_JOBS_AT ?? nextDailyRun();
const folder = await seededFolder('jobs', { providers: PROVIDERS, contracts: CONTRACTS });
try {
  console.log(
    `Store: ${PROVIDERS} providers, ${CONTRACTS} contracts (seeded in ${folder.seedSeconds} s); jobs at ${at}`,
  );
  const results = [];
  for (const job of JOBS) {
    const { stdout } = await promisify(execFile)(process.execPath, ['functions/dist/benchJobs.js', job, at], {
      env: { ...process.env, DATA_DIR: folder.dataDir, SEED_DEMO_DATA: 'false' },
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1));
    results.push(result);
    console.log(
      `${job.padEnd(10)} ${String(result.seconds).padStart(7)} s  ${String(result.reads).padStart(7)} reads ` +
        `${String(result.readKB).padStart(8)} kB  ${String(result.writes).padStart(6)} writes  ` +
        `peak RSS ${result.peakRssMB} MB  ${JSON.stringify(result.did)}`,
    );
  }
  console.log(
    JSON.stringify({ providers: PROVIDERS, contracts: CONTRACTS, at, seedSeconds: folder.seedSeconds, results }),
  );
} finally {
  folder.removeUnlessKept();
}
