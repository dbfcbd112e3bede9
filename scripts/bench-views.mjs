// `npm run bench:views`: serves the built Teams tab from the benchmark host and opens each view in headless Chromium,
// signed in through a `?tenant=&role=` link. A view's figure is the time from navigation start to the tab's
// `koberollen:first-data` performance mark (set when the view first shows its data); each view is opened five times
// (BENCH_RUNS) in a fresh context and the median and worst are reported, with what the store served for the first
// opening (until the host went quiet). BENCH_STORE is `sqlite` (default) or `cosmos` (the Cosmos DB test server);
// with BENCH_CONTRACTS set (e.g. 20000), the store is first seeded with that many contracts and BENCH_PROVIDERS
// (default 10 000) providers, as bench:api does (BENCH_DATA_DIR keeps and reuses an embedded store, as there). Then
// whether every view's median is within 1 s; the last line is one JSON object.
import { openBench, STORE } from './support/benchStore.mjs';
import { measureViews } from './support/views.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 0);
const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 10_000);

const bench = await openBench('views', { providers: PROVIDERS, contracts: CONTRACTS });
if (CONTRACTS)
  console.log(`Store ${STORE}: seeded ${PROVIDERS} providers and ${CONTRACTS} contracts in ${bench.seedSeconds} s`);
try {
  const { views, targets } = await measureViews(bench, RUNS);
  console.log(
    JSON.stringify({
      store: STORE,
      seeded: CONTRACTS ? { providers: PROVIDERS, contracts: CONTRACTS } : 'demo',
      views,
      targets,
    }),
  );
} finally {
  bench.close();
}
