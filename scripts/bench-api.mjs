// `npm run bench:api`: seeds 10 000 providers and 20 000 contracts into a fresh embedded store, starts the local host
// and measures a filtered catalogue search, a point read and the milestones-due query with autocannon, next to a bare
// node:http server answering a body of the same size (the ceiling). The last line is one JSON object; each scenario's
// `ratio` is its throughput over the ceiling's in the same run, a figure that moves less between machines.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';

const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 10_000);
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 20_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

async function waitFor(url, child) {
  for (let i = 0; i < 600; i++) {
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

/** Runs autocannon and computes p50/p95/p99 from every response time (autocannon's summary has no p95). */
async function measure(name, url, headers) {
  const times = [];
  const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  const at = (p) => Number((times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0).toFixed(2));
  const figures = {
    rps: Math.round(result.requests.average),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    non2xx: result.non2xx + result.errors,
  };
  console.log(`${name.padEnd(10)} ${JSON.stringify(figures)}`);
  return figures;
}

function peakRssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-bench-'));
let host;
let ceiling;
try {
  const started = Date.now();
  await run(process.execPath, ['functions/dist/benchSeed.js', String(PROVIDERS), String(CONTRACTS)], {
    DATA_DIR: dataDir,
  });
  console.log(
    `Seeded ${PROVIDERS} providers and ${CONTRACTS} contracts in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const port = await freePort();
  // Started as `npm start` starts it, with the package's host options (its memory budget among them).
  const { hostNodeOptions } = JSON.parse(fs.readFileSync('package.json', 'utf8')).config;
  host = spawn(process.execPath, [...hostNodeOptions.split(' ').filter(Boolean), 'functions/dist/local.js'], {
    env: { ...process.env, AUTH_MODE: 'local', PORT: String(port), DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, host);

  const tenants = await (await fetch(`${base}/api/dev/tenants`)).json();
  const tenantId = tenants.items[0].id;
  const tokenAnswer = await fetch(`${base}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId, userId: 'bench-user', name: 'Bench', roles: ['caseworker'] }),
  });
  const headers = { authorization: `Bearer ${(await tokenAnswer.json()).access_token}` };

  const searchPath = `/api/providers?region=Hovedstaden&paragraph=${encodeURIComponent('SEL §107')}&maxRate=4000&limit=20`;
  const searchBody = await (await fetch(base + searchPath, { headers })).text();
  const someProvider =
    JSON.parse(searchBody).items[0] ??
    (await (await fetch(`${base}/api/providers?limit=1`, { headers })).json()).items[0];
  console.log(`Search answer: ${JSON.parse(searchBody).items.length} providers, ${searchBody.length} bytes`);

  const search = await measure('search', base + searchPath, headers);
  const read = await measure('read', `${base}/api/providers/${someProvider.id}`, headers);
  const milestones = await measure('milestones', `${base}/api/milestones?dueWithinDays=30&limit=50`, headers);
  const peak = peakRssMb(host.pid);

  const ceilingPort = await freePort();
  const ceilingSource = `require('node:http').createServer((q, s) => { s.writeHead(200, { 'content-type': 'application/json' }); s.end(${JSON.stringify(searchBody)}); }).listen(${ceilingPort});`;
  ceiling = spawn(process.execPath, ['-e', ceilingSource], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${ceilingPort}/`, ceiling);
  const bare = await measure('ceiling', `http://127.0.0.1:${ceilingPort}/`, {});

  const relative = (figures) => ({ ...figures, ratio: Number((figures.rps / bare.rps).toFixed(3)) });
  console.log(
    JSON.stringify({
      search: relative(search),
      read: relative(read),
      milestones: relative(milestones),
      ceiling: bare,
      peakRssMb: peak,
    }),
  );
} finally {
  host?.kill('SIGTERM');
  ceiling?.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
