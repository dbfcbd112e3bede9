// Brings contracts stored before the register copied their case and provider details (`parties`) into them up to the
// current shape: each gets its parties from its case and provider, and its index is written anew, so the register's
// filters, orders and the overview's period find it. Safe to run more than once: it rewrites only contracts that lack
// their parties. Then each municipality's figures and follow-up index are derived (see refreshFigures.ts).
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { contractParties } from '@koberollen/shared/rules/contractParties';

import { contractIndex } from '../indexes/contract';
import { auditOp, systemUser } from '../records/audit';
import { collectAll, collectAllDocs } from '../records/collect';
import { type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';
import { refreshFigures } from './refreshFigures';

/** Operations per atomic batch, leaving room for the batch's audit event (Cosmos allows 100). */
const BATCH = 99;

export interface UpgradeResult {
  tenants: number;
  upgraded: number;
  /** Figures and milestone index entries written (see refreshFigures.ts). */
  figures: number;
  /** Contracts whose case or provider no longer exists: left as they are, and listed by id. */
  orphaned: string[];
}

export async function upgradeContracts(store: Repository, now: Date): Promise<UpgradeResult> {
  const result: UpgradeResult = { tenants: 0, upgraded: 0, figures: 0, orphaned: [] };
  const tenants = await collectAll<{ id: string }>(store, SYSTEM_PARTITION, 'tenant');
  for (const tenant of tenants) {
    const { upgraded, orphaned } = await upgradeTenant(store, tenant.id, now);
    result.tenants += 1;
    result.upgraded += upgraded;
    result.orphaned.push(...orphaned);
    result.figures += await refreshFigures(store, tenant.id, now);
  }
  return result;
}

async function upgradeTenant(store: Repository, tenantId: string, now: Date) {
  const stale = (await collectAllDocs<Contract>(store, tenantId, 'contract')).filter((doc) => !doc.body.parties);
  const ops: WriteOp[] = [];
  const orphaned: string[] = [];
  for (const doc of stale) {
    const [caseRecord, providerDoc] = await Promise.all([
      store.get<Case>(tenantId, 'case', doc.body.caseId),
      store.get<Provider>(tenantId, 'provider', doc.body.providerId),
    ]);
    if (!caseRecord || !providerDoc) {
      orphaned.push(doc.id);
      continue;
    }
    const body: Contract = { ...doc.body, parties: contractParties(caseRecord.body, providerDoc.body) };
    ops.push({ op: 'replace', kind: 'contract', id: doc.id, body, index: contractIndex(body), ifMatch: doc.etag });
  }
  const actor = systemUser(tenantId);
  for (let i = 0; i < ops.length; i += BATCH) {
    const batch = ops.slice(i, i + BATCH);
    const summary = `Opgradering: sag og leverandør kopieret ind i ${batch.length} kontrakter`;
    await store.write(tenantId, [
      ...batch,
      auditOp(actor, now, { action: 'update', entityKind: 'contract', entityId: 'contract-upgrade', summary }),
    ]);
  }
  return { upgraded: ops.length, orphaned };
}
