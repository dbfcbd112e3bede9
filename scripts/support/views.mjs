// The Teams tab's views timed in headless Chromium on a running benchmark: for bench:views, and for bench:api with
// BENCH_VIEWS=1 on the store it seeded (on the Cosmos DB test server, whose data lives only as long as the run).
import { launchChromium } from './localHost.mjs';
import { report } from './targets.mjs';
import { FIRST_DATA_MARK as MARK, teamsViews } from './teamsViews.mjs';

/** The target for a view's first data. */
const FIRST_DATA_MS = 1_000;
/** A view slower than this the first time is not opened again (on a store that slow, once says enough). */
const SLOW_MS = 10_000;

/** Milliseconds from navigation start to the first-data mark, in a fresh context (nothing cached). */
async function firstDataMs(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, MARK, {
    timeout: 300_000,
  });
  const ms = await handle.jsonValue();
  await context.close();
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Opens each view `runs` times in a fresh context and prints its median and worst time to first data, with what the
 * store served for the first opening; then whether every median is within 1 s. Returns `{ views, targets }`.
 */
export async function measureViews(bench, runs) {
  const browser = await launchChromium();
  try {
    const { views, signIn } = await teamsViews(bench.base);
    const result = {};
    for (const [name, [hash, role]] of Object.entries(views)) {
      const first = await bench.cost(() => firstDataMs(browser, signIn(role) + hash));
      const times = [first.value];
      for (let i = 1; i < runs && first.value <= SLOW_MS; i++)
        times.push(await firstDataMs(browser, signIn(role) + hash));
      result[name] = {
        medianMs: Math.round(median(times)),
        worstMs: Math.round(Math.max(...times)),
        runs: times.length,
        store: first.store,
      };
      console.log(`${name.padEnd(14)} ${JSON.stringify(result[name])}`);
    }
    const slowest = Object.keys(result).reduce((a, n) => (result[n].medianMs > result[a].medianMs ? n : a));
    const targets = report([
      [
        `every view's first data ≤ ${FIRST_DATA_MS} ms`,
        result[slowest].medianMs <= FIRST_DATA_MS,
        `slowest median: ${slowest} ${result[slowest].medianMs} ms`,
      ],
    ]);
    return { views: result, targets };
  } finally {
    await browser.close();
  }
}
