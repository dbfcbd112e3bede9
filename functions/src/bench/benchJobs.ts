// Benchmark of one daily job (`milestones`, `costs` or `figures`) over every municipality of the configured store, at
// the instant given: prints one JSON line with its seconds, store calls (reads and writes), kB read, what it did and
// the process's peak RSS. bench:jobs runs each job in a process of its own, so each peak is that job's.
import { loadConfig } from '../config';
import { refreshFiguresRecorded } from '../jobs/figuresQueue';
import { runForTenant } from '../jobs/milestoneJob';
import { refreshContractCosts } from '../jobs/refreshCosts';
import { collectAll } from '../records/collect';
import { type Repository, SYSTEM_PARTITION } from '../store/types';
import { countingStore, StoreCounter } from './countingStore';
import { openBenchStore } from './openBenchStore';

const JOBS: Record<string, (store: Repository, tenantId: string, now: Date) => Promise<unknown>> = {
  milestones: runForTenant,
  costs: refreshContractCosts,
  figures: refreshFiguresRecorded,
};

async function main(job: string, at: string): Promise<void> {
  const run = JOBS[job];
  if (!run) throw new Error(`Unknown job "${job}"; known: ${Object.keys(JOBS).join(', ')}`);
  const raw = await openBenchStore(loadConfig().store);
  const counter = new StoreCounter();
  const store = countingStore(raw, counter);
  const now = new Date(at);
  try {
    const tenants = await collectAll<{ id: string }>(raw, SYSTEM_PARTITION, 'tenant');
    const started = performance.now();
    const did = [];
    for (const tenant of tenants) did.push(await run(store, tenant.id, now));
    const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
    const tally = counter.snapshot();
    const writes = tally.byMethod.write?.calls ?? 0;
    const result = {
      job,
      seconds,
      reads: tally.calls - writes,
      writes,
      readKB: Math.round((tally.bytes - (tally.byMethod.write?.bytes ?? 0)) / 1024),
      did,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(JSON.stringify(result));
  } finally {
    await raw.close();
  }
}

main(process.argv[2] ?? '', process.argv[3] ?? new Date().toISOString()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
