// The daily step that moves each contract's stored cost of the coming 12 months to the new day: a special rate that
// has ended, a rate that has run out or a contract past its end stops counting, and a regulation date comes nearer.
// The register, follow-up and the dashboard all read this one stored figure, so they move together.
import type { Contract } from '@koberollen/shared/domain/contract';
import { PreconditionFailedError } from '@koberollen/shared/errors';
import { contractCostFields } from '@koberollen/shared/rules/coming12Months';
import { isoDateOf } from '@koberollen/shared/rules/dates';

import { contractIndex } from '../indexes/contract';
import { auditOp, systemUser } from '../records/audit';
import { collectAllDocs, readSettings } from '../records/collect';
import type { Repository, WriteOp } from '../store/types';

/** Operations per atomic batch, leaving room for the batch's audit event (Cosmos allows 100). */
const BATCH = 99;

/**
 * Rewrites the draft and active contracts whose cost of the 12 months from today (or from their start) differs from
 * the stored one, each checked against the version read; returns how many it wrote. A batch a user changed meanwhile
 * is left: that user's write stored the cost of its own day.
 */
export async function refreshContractCosts(store: Repository, tenantId: string, now: Date): Promise<number> {
  const today = isoDateOf(now);
  const [settings, docs] = await Promise.all([
    readSettings(store, tenantId),
    collectAllDocs<Contract>(store, tenantId, 'contract'),
  ]);
  const ops = docs.flatMap((doc): WriteOp[] => {
    if (doc.body.status === 'ended') return [];
    const cost = contractCostFields(doc.body, today, settings?.regulationRates);
    if (cost.annualCost === doc.body.annualCost) return [];
    const body: Contract = { ...doc.body, ...cost };
    return [{ op: 'replace', kind: 'contract', id: doc.id, body, index: contractIndex(body), ifMatch: doc.etag }];
  });
  const actor = systemUser(tenantId);
  let written = 0;
  for (let i = 0; i < ops.length; i += BATCH) {
    const batch = ops.slice(i, i + BATCH);
    const summary = `Udgiften de næste 12 mdr. beregnet for ${today} i ${batch.length} ${batch.length === 1 ? 'kontrakt' : 'kontrakter'}`;
    try {
      await store.write(tenantId, [
        ...batch,
        auditOp(actor, now, { action: 'update', entityKind: 'contract', entityId: 'contract-costs', summary }),
      ]);
      written += batch.length;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
    }
  }
  return written;
}
