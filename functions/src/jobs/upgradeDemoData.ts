// Brings every demo municipality's library and demo records up to the current demo content, in atomic batches with
// one audit event each; a municipality without the demo library is left alone. A second run changes nothing.
import { auditOp, systemUser } from '../records/audit';
import { collectAll } from '../records/collect';
import { type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';
import { demoRecordOps, type DemoRecordsUpgrade } from './upgradeDemoRecords';
import { type LibraryUpgrade, libraryUpgradeOps } from './upgradeLibrary';

/** Operations per atomic batch: even, so a clause and its new version are never split; room for the audit event. */
const BATCH = 98;

export interface DemoDataUpgrade extends LibraryUpgrade, DemoRecordsUpgrade {
  /** Municipalities with a demo library. */
  tenants: number;
}

async function writeBatches(store: Repository, tenantId: string, ops: WriteOp[], now: Date, summary: string) {
  const actor = systemUser(tenantId);
  for (let i = 0; i < ops.length; i += BATCH) {
    const batch = ops.slice(i, i + BATCH);
    await store.write(tenantId, [
      ...batch,
      auditOp(actor, now, { action: 'update', entityKind: 'clause', entityId: 'demo-upgrade', summary }),
    ]);
  }
}

/** An upgrade that changed nothing. */
export function nothingUpgraded(tenants = 0): DemoDataUpgrade {
  return { tenants, published: 0, added: 0, templates: 0, checklists: 0, kept: [], providers: 0, contracts: 0 };
}

export async function upgradeDemoData(store: Repository, now: Date): Promise<DemoDataUpgrade> {
  const total = nothingUpgraded();
  for (const tenant of await collectAll<{ id: string }>(store, SYSTEM_PARTITION, 'tenant')) {
    const library = await libraryUpgradeOps(store, tenant.id, now);
    if (!library) continue;
    const records = await demoRecordOps(store, tenant.id);
    const ops = [...library.ops, ...records.ops];
    const { published, added, templates, checklists, kept } = library.result;
    const summary =
      `Demodata opdateret: ${published} klausuler i ny version, ${added} nye klausuler, ${templates} skabeloner, ` +
      `${checklists} tjeklister, ${records.result.providers} leverandører og ${records.result.contracts} kontrakter`;
    await writeBatches(store, tenant.id, ops, now, summary);
    Object.assign(total, {
      tenants: total.tenants + 1,
      published: total.published + published,
      added: total.added + added,
      templates: total.templates + templates,
      checklists: total.checklists + checklists,
      kept: [...total.kept, ...kept],
      providers: total.providers + records.result.providers,
      contracts: total.contracts + records.result.contracts,
    });
  }
  return total;
}
