// `npm run bench:api`: seeds 10 000 providers and 20 000 contracts into a fresh embedded store, starts the local host
// and measures with autocannon a filtered catalogue search (the same one again and again, as a team opening its usual
// view), searches that differ every time (a random region, paragraph and rate ceiling: nothing answered before), a
// point read and the milestones-due query, next to a bare node:http server answering a body of the search's size (the
// ceiling). The last line is one JSON object; each scenario's `ratio` is its throughput over the ceiling's in the same
// run, a figure that moves less between machines.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

import autocannon from 'autocannon';

import {
  devTenants,
  devToken,
  freePort,
  makeDataDir,
  removeDataDir,
  run,
  startLocalHost,
  waitFor,
} from './support/localHost.mjs';

const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 10_000);
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 20_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

/**
 * Runs autocannon and computes p50/p95/p99 from every response time (autocannon's summary has no p95). With
 * `nextPath`, each request asks for the path it returns.
 */
async function measure(name, url, headers, nextPath) {
  const times = [];
  const requests = nextPath && [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }];
  const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers, requests });
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

const REGIONS = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'];
const PARAGRAPHS = ['SEL §107', 'SEL §108', 'SEL §85', 'BL §32', 'BL §43'];
const pick = (values) => values[Math.floor(Math.random() * values.length)];

/** One of 10 000 searches (region × paragraph × a rate ceiling from 2 000 to 5 990 kr.), at random. */
function variedSearchPath() {
  const query = new URLSearchParams({
    region: pick(REGIONS),
    paragraph: pick(PARAGRAPHS),
    maxRate: String(2000 + 10 * Math.floor(Math.random() * 400)),
    limit: '20',
  });
  return `/api/providers?${query}`;
}

function peakRssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const dataDir = makeDataDir('bench');
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

  host = await startLocalHost(dataDir);
  const { base } = host;

  const tenantId = (await devTenants(base))[0].id;
  const token = await devToken(base, tenantId, { userId: 'bench-user', name: 'Bench' }, ['caseworker']);
  const headers = { authorization: `Bearer ${token}` };

  const searchPath = `/api/providers?region=Hovedstaden&paragraph=${encodeURIComponent('SEL §107')}&maxRate=4000&limit=20`;
  const searchBody = await (await fetch(base + searchPath, { headers })).text();
  const someProvider =
    JSON.parse(searchBody).items[0] ??
    (await (await fetch(`${base}/api/providers?limit=1`, { headers })).json()).items[0];
  console.log(`Search answer: ${JSON.parse(searchBody).items.length} providers, ${searchBody.length} bytes`);

  const search = await measure('search', base + searchPath, headers);
  const varied = await measure('varied', base + searchPath, headers, variedSearchPath);
  const read = await measure('read', `${base}/api/providers/${someProvider.id}`, headers);
  const milestones = await measure('milestones', `${base}/api/milestones?dueWithinDays=30&limit=50`, headers);
  const peak = peakRssMb(host.child.pid);

  const ceilingPort = await freePort();
  const ceilingSource = `require('node:http').createServer((q, s) => { s.writeHead(200, { 'content-type': 'application/json' }); s.end(${JSON.stringify(searchBody)}); }).listen(${ceilingPort});`;
  ceiling = spawn(process.execPath, ['-e', ceilingSource], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${ceilingPort}/`, ceiling);
  const bare = await measure('ceiling', `http://127.0.0.1:${ceilingPort}/`, {});

  const relative = (figures) => ({ ...figures, ratio: Number((figures.rps / bare.rps).toFixed(3)) });
  console.log(
    JSON.stringify({
      search: relative(search),
      varied: relative(varied),
      read: relative(read),
      milestones: relative(milestones),
      ceiling: bare,
      peakRssMb: peak,
    }),
  );
} finally {
  host?.stop();
  ceiling?.kill('SIGTERM');
  removeDataDir(dataDir);
}
