// Benchmark data: the first demo municipality at scale (N providers, M contracts), the second at demo size, written
// into the configured store (the embedded one, or the Cosmos DB test server the benchmark started).
import { loadConfig } from '../config';
import { DEMO_SIZES, registerTenants, seedTenant } from '../seed';
import { DEMO_TENANTS } from '../seed/tenants';
import { openBenchStore } from './openBenchStore';
import { parallelWrites } from './parallelWrites';

/** Batches in flight at once: Cosmos DB answers each over the network, the embedded store writes one at a time. */
const CONCURRENCY = { cosmos: 8, sqlite: 1 } as const;

async function main(providers: number, contracts: number): Promise<void> {
  const config = loadConfig();
  const [large, small] = DEMO_TENANTS;
  if (!large || !small) throw new Error('Two demo municipalities are needed');
  const store = await openBenchStore(config.store);
  const now = new Date();
  try {
    const writer = parallelWrites(store, CONCURRENCY[store.kind]);
    const invoicedContracts = Math.min(contracts, 200);
    const summary = await seedTenant(writer.store, large, now, {
      providers,
      cases: contracts,
      contracts,
      invoicedContracts,
    });
    await seedTenant(writer.store, small, now, DEMO_SIZES);
    await writer.flush();
    await registerTenants(store, DEMO_TENANTS, now);
    console.log(`Seeded ${large.name} (${store.kind}): ${JSON.stringify(summary)}`);
  } finally {
    await store.close();
  }
}

main(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 20_000)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
