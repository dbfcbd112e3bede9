// `npm run bench:views`: serves the built Teams tab from the local host and opens each view in headless Chromium,
// signed in through a `?tenant=&role=` link. A view's figure is the time from navigation start to the tab's
// `koberollen:first-data` performance mark (set when the view first shows its data); each view is opened five times
// (BENCH_RUNS) in a fresh context and the median and worst are reported. With BENCH_CONTRACTS set (e.g. 20000), the
// store is first seeded with that many contracts and BENCH_PROVIDERS (default 10 000) providers, as bench:api does.
// The last line is one JSON object.
import { launchChromium, makeDataDir, removeDataDir, run, startLocalHost } from './support/localHost.mjs';
import { FIRST_DATA_MARK as MARK, teamsViews } from './support/teamsViews.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONTRACTS = process.env.BENCH_CONTRACTS;
const PROVIDERS = process.env.BENCH_PROVIDERS ?? '10000';

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

const dataDir = makeDataDir('views');
if (CONTRACTS) {
  await run(process.execPath, ['functions/dist/benchSeed.js', PROVIDERS, CONTRACTS], { DATA_DIR: dataDir });
  console.log(`Seeded ${PROVIDERS} providers and ${CONTRACTS} contracts`);
}
const host = await startLocalHost(dataDir);
const browser = await launchChromium();
try {
  const { base } = host;
  const { views, signIn } = await teamsViews(base);
  const result = {};
  for (const [name, [hash, role]] of Object.entries(views)) {
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await firstDataMs(browser, signIn(role) + hash));
    result[name] = { medianMs: Math.round(median(times)), worstMs: Math.round(Math.max(...times)) };
    console.log(`${name.padEnd(14)} ${JSON.stringify(result[name])}`);
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  host.stop();
  removeDataDir(dataDir);
}
