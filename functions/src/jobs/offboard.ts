// Offboarding a municipality: out of the tenant registry, so its users are refused; its data is kept (docs/install.md).
import { auditOp, systemUser } from '../records/audit';
import { type Repository, SYSTEM_PARTITION } from '../store/types';

/** A registry entry, as onboarding writes it. */
interface TenantEntry {
  id: string;
  name: string;
  onboardedAt: string;
}

/** What the registry keeps of a municipality that left: who it was, and when it joined and left. */
export interface OffboardedTenant extends TenantEntry {
  offboardedAt: string;
}

export interface OffboardResult {
  /** False when the municipality was offboarded before: nothing was changed. */
  offboarded: boolean;
  name: string;
}

/**
 * Takes the municipality out of the tenant registry in one write (its entry becomes an `offboardedTenant` record) and
 * records the event in its audit trail. From then on every host refuses its users' tokens, those verified before
 * included (at once where the store tells of registry writes, as SQLite does; within a minute on Cosmos DB). Its
 * records stay in its partition; onboarding it again opens them to its users. Safe to run again.
 */
export async function offboardTenant(store: Repository, tenantId: string, now: Date): Promise<OffboardResult> {
  const entry = await store.get<TenantEntry>(SYSTEM_PARTITION, 'tenant', tenantId);
  if (!entry) {
    const left = await store.get<OffboardedTenant>(SYSTEM_PARTITION, 'offboardedTenant', tenantId);
    if (left) return { offboarded: false, name: left.body.name };
    throw new Error(`No onboarded municipality has the tenant id "${tenantId}"`);
  }
  const { name } = entry.body;
  await store.write(tenantId, [
    auditOp(systemUser(tenantId), now, {
      action: 'retire',
      entityKind: 'tenant',
      entityId: tenantId,
      summary: `${name} frakoblet: brugerne kan ikke længere logge ind, data er bevaret`,
    }),
  ]);
  const record: OffboardedTenant = { ...entry.body, offboardedAt: now.toISOString() };
  await store.write(SYSTEM_PARTITION, [
    { op: 'delete', kind: 'tenant', id: tenantId, ifMatch: entry.etag },
    { op: 'create', kind: 'offboardedTenant', id: tenantId, body: record },
  ]);
  return { offboarded: true, name };
}
