// `npm run bench:api`: seeds BENCH_PROVIDERS providers (10 000) and BENCH_CONTRACTS contracts (20 000) into a fresh
// store (BENCH_STORE: `sqlite`, the default, or `cosmos`, the Cosmos DB test server with the real SDK), starts the
// benchmark host on it and, for each answer a person's view waits for, prints what the store served for it (alone,
// on a quiet host: first and again) and then its latency and throughput under load (autocannon, 50 connections, after
// an uncounted warm-up of the same load), next to a bare node:http server answering a body of the search's size (the
// ceiling); then the host's peak RSS and which of the targets hold. The last line is one JSON object, also kept in .bench/ for a run at another size
// to compare with; each answer's `ratio` is its throughput over the ceiling's in the same run. With BENCH_VIEWS=1 it
// then times the Teams tab's views as bench:views does (needs `npm run build:web`), on the same seeded store.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';

import autocannon from 'autocannon';

import { openBench, STORE } from './support/benchStore.mjs';
import { devTenants, devToken, freePort, waitFor } from './support/localHost.mjs';
import { report, savedResult, saveResult } from './support/targets.mjs';
import { measureViews } from './support/views.mjs';

const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 10_000);
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 20_000);
/** The size the store's bytes per answer are compared with. */
const BASE_CONTRACTS = Number(process.env.BENCH_BASE_CONTRACTS ?? 2_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * Seconds of the same load before each measured one, not counted: the host's code for an answer is compiled to its
 * optimised form while it runs, which under 50 connections took a few seconds on a loaded machine and made the first
 * measured second (and the p99) about that compilation rather than the answer.
 */
const WARM_UP = Number(process.env.BENCH_WARM_UP_SECONDS ?? 2);
const CONNECTIONS = 50;
/**
 * An answer slower than this alone is not asked again for its store figures, nor put under load: it is timed
 * BENCH_SAMPLES times one after another.
 */
const SLOW_MS = 1_000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 3);
const VIEWS = process.env.BENCH_VIEWS === '1';

const at = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (ms) => Number(ms.toFixed(2));

/**
 * Runs autocannon and computes p50/p95/p99 from every response time (autocannon's summary has no p95). With
 * `nextPath`, each request asks for the path it returns.
 */
async function load(url, headers, nextPath) {
  const times = [];
  const requests = nextPath && [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }];
  if (WARM_UP > 0)
    await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP, headers, requests, timeout: 30 });
  const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers, requests, timeout: 30 });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => round(at(times, p)));
  return { rps: Math.round(result.requests.average), p50, p95, p99, non2xx: result.non2xx + result.errors };
}

/** One request after another, for an answer too slow to load with 50 connections. */
async function samples(url, headers) {
  const times = [];
  let non2xx = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const began = performance.now();
    const answer = await fetch(url, { headers });
    await answer.arrayBuffer();
    times.push(performance.now() - began);
    if (!answer.ok) non2xx += 1;
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  times.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => round(at(times, p)));
  return { rps: Number((1000 / mean).toFixed(2)), p50, p95, p99, non2xx, oneAtATime: true };
}

/** GET without fetch's five-minute wait for headers: a whole-municipality answer on the test server can take longer. */
function getWithoutTimeout(url, headers) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (answer) => {
        let body = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk) => (body += chunk));
        answer.on('end', () => resolve({ status: answer.statusCode, body }));
      })
      .on('error', reject);
  });
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

/** The targets for this run; the bytes are compared with a saved run of this store at BASE_CONTRACTS. */
function targets(answers, peak) {
  const names = Object.keys(answers);
  const base = CONTRACTS > BASE_CONTRACTS ? savedResult(`api-${STORE}-${BASE_CONTRACTS}`) : undefined;
  const growth = names.map((n) => [n, base?.answers[n]?.first.kB, answers[n].first.kB]);
  const grown = growth.filter(([, before, now]) => !(now <= 1.5 * before));
  const most = names.reduce((a, n) => (answers[n].first.requests > answers[a].first.requests ? n : a), names[0]);
  const sqliteOnly = STORE === 'sqlite' ? (ratio) => ratio >= 0.35 : () => null;
  return report([
    [
      `store bytes at ${CONTRACTS} ≤ 1.5 × at ${BASE_CONTRACTS}`,
      base ? grown.length === 0 : null,
      base
        ? growth.map(([n, before, now]) => `${n} ${before}→${now} kB`).join(', ')
        : CONTRACTS > BASE_CONTRACTS
          ? `run BENCH_CONTRACTS=${BASE_CONTRACTS} on ${STORE} first`
          : CONTRACTS === BASE_CONTRACTS
            ? 'this run is the base for larger ones'
            : `smaller than the base size ${BASE_CONTRACTS}`,
    ],
    [
      '≤ 10 store requests per answer',
      answers[most].first.requests <= 10,
      `most: ${most} ${answers[most].first.requests}`,
    ],
    ['peak RSS ≤ 300 MB', peak <= 300, `${peak} MB`],
    ['search ≥ 0.35 of ceiling (SQLite)', sqliteOnly(answers.search.load.ratio), `${answers.search.load.ratio}`],
    ['point read ≥ 0.35 of ceiling (SQLite)', sqliteOnly(answers.read.load.ratio), `${answers.read.load.ratio}`],
  ]);
}

const bench = await openBench('bench', { providers: PROVIDERS, contracts: CONTRACTS });
let ceiling;
try {
  console.log(`Store ${STORE}: seeded ${PROVIDERS} providers and ${CONTRACTS} contracts in ${bench.seedSeconds} s`);
  const { base } = bench;
  const startup = await bench.startup();
  console.log(`startup    store ${JSON.stringify(startup)}`);
  const tenant = (await devTenants(base))[0];
  const roles = ['caseworker', 'negotiator', 'procurement', 'finance', 'manager'];
  const headers = { authorization: `Bearer ${await devToken(base, tenant.id, tenant.users[0], roles)}` };

  const searchPath = `/api/providers?region=Hovedstaden&paragraph=${encodeURIComponent('SEL §107')}&maxRate=4000&limit=20`;
  const searchBody = await (await fetch(base + searchPath, { headers })).text();
  const someProvider =
    JSON.parse(searchBody).items[0] ??
    (await (await fetch(`${base}/api/providers?limit=1`, { headers })).json()).items[0];
  const paths = {
    followUp: '/api/follow-up?items=8',
    dashboard: '/api/dashboard/overview',
    contracts: '/api/contracts?limit=50',
    invoices: '/api/invoices?limit=50',
    caseBoard: '/api/cases?limit=200',
    search: searchPath,
    read: `/api/providers/${someProvider.id}`,
    milestones: '/api/milestones?dueWithinDays=30&limit=50',
  };

  const answers = {};
  for (const [name, path] of Object.entries(paths)) {
    const once = async () => {
      const { status, body } = await getWithoutTimeout(base + path, headers);
      if (status !== 200) throw new Error(`${path} answered ${status}: ${body.slice(0, 200)}`);
      return body.length;
    };
    const first = await bench.cost(once);
    const again = first.ms > SLOW_MS ? undefined : await bench.cost(once);
    answers[name] = {
      answerKB: Math.round(first.value / 102.4) / 10,
      first: { ms: first.ms, ...first.store },
      again: again && { ms: again.ms, ...again.store },
    };
    console.log(`${name.padEnd(10)} store ${JSON.stringify(answers[name])}`);
  }

  await bench.sizes(false);
  for (const [name, path] of Object.entries(paths)) {
    const slow = (answers[name].again ?? answers[name].first).ms > SLOW_MS;
    await bench.quiet();
    answers[name].load = slow ? await samples(base + path, headers) : await load(base + path, headers);
    console.log(`${name.padEnd(10)} load  ${JSON.stringify(answers[name].load)}`);
  }
  await bench.quiet();
  const varied = await load(base + searchPath, headers, variedSearchPath);
  console.log(`${'varied'.padEnd(10)} load  ${JSON.stringify(varied)}`);
  const peak = peakRssMb(bench.pid);

  const ceilingPort = await freePort();
  const ceilingSource = `require('node:http').createServer((q, s) => { s.writeHead(200, { 'content-type': 'application/json' }); s.end(${JSON.stringify(searchBody)}); }).listen(${ceilingPort});`;
  ceiling = spawn(process.execPath, ['-e', ceilingSource], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${ceilingPort}/`, ceiling);
  const bare = await load(`http://127.0.0.1:${ceilingPort}/`, {});
  console.log(`${'ceiling'.padEnd(10)} load  ${JSON.stringify(bare)}`);

  const ratio = (figures) => ({ ...figures, ratio: Number((figures.rps / bare.rps).toFixed(3)) });
  for (const figures of Object.values(answers)) figures.load = ratio(figures.load);
  const result = {
    store: STORE,
    providers: PROVIDERS,
    contracts: CONTRACTS,
    seedSeconds: bench.seedSeconds,
    startup,
    answers,
    varied: ratio(varied),
    ceiling: bare,
    peakRssMb: peak,
  };
  result.targets = targets(answers, peak);
  if (VIEWS) {
    await bench.sizes(true);
    await bench.quiet();
    result.views = await measureViews(bench, Number(process.env.BENCH_RUNS ?? 5));
  }
  saveResult(`api-${STORE}-${CONTRACTS}`, result);
  console.log(JSON.stringify(result));
} finally {
  bench.close();
  ceiling?.kill('SIGTERM');
}
