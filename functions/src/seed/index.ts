// Seeds the demo municipalities and their data into an empty store, once.
import { SYSTEM_PARTITION } from '../store/types';
import type { Repository } from '../store/types';
import { DEMO_TENANTS } from './tenants';

/** Writes the demo data unless the first demo tenant already exists. */
export async function seedIfEmpty(store: Repository, now: Date): Promise<boolean> {
  const first = DEMO_TENANTS[0];
  if (!first || (await store.get(SYSTEM_PARTITION, 'tenant', first.id))) return false;
  for (const tenant of DEMO_TENANTS) {
    await store.write(SYSTEM_PARTITION, [
      { op: 'upsert', kind: 'tenant', id: tenant.id, body: { ...tenant, onboardedAt: now.toISOString() } },
    ]);
  }
  return true;
}
