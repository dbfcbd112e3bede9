// Benchmark data: the first demo municipality at scale (N providers, M contracts), the second at demo size.
import { loadConfig } from '../config';
import { DEMO_SIZES, registerTenants, seedTenant } from '../seed';
import { DEMO_TENANTS } from '../seed/tenants';
import { SqliteRepository } from '../store/sqlite';

async function main(providers: number, contracts: number): Promise<void> {
  const config = loadConfig();
  if (config.store.kind !== 'sqlite') throw new Error('The benchmark seeds the embedded store only');
  const [large, small] = DEMO_TENANTS;
  if (!large || !small) throw new Error('Two demo municipalities are needed');
  const store = new SqliteRepository(config.store.file);
  const now = new Date();
  try {
    const invoicedContracts = Math.min(contracts, 200);
    const summary = await seedTenant(store, large, now, { providers, cases: contracts, contracts, invoicedContracts });
    await seedTenant(store, small, now, DEMO_SIZES);
    await registerTenants(store, DEMO_TENANTS, now);
    console.log(`Seeded ${large.name}: ${JSON.stringify(summary)}`);
  } finally {
    await store.close();
  }
}

main(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 20_000)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
