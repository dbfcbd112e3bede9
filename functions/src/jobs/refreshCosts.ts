// The daily step that moves each contract's stored cost of the coming 12 months to the new day: a special rate that
// has ended, a rate that has run out or a contract past its end stops counting, and a regulation date comes nearer.
// The register, follow-up and the dashboard all read this one stored figure, so they move together.
import type { Contract } from '@koberollen/shared/domain/contract';
import type { RegulationRate } from '@koberollen/shared/domain/settings';
import { PreconditionFailedError } from '@koberollen/shared/errors';
import { contractCostFields } from '@koberollen/shared/rules/coming12Months';
import { isoDateOf } from '@koberollen/shared/rules/dates';

import { contractIndex } from '../indexes/contract';
import { auditOp, systemUser } from '../records/audit';
import { letOthersRun, readSettings } from '../records/collect';
import type { Repository, StoredDoc, WriteOp } from '../store/types';

/** Operations per atomic batch, leaving room for the batch's audit event (Cosmos allows 100). */
const BATCH = 99;

/** Contracts read per page: what the job holds at once, however large the municipality. */
const PAGE = 200;

/** The replaces that bring these contracts' stored cost to `today`'s, each at the version read. */
function costOps(docs: StoredDoc<Contract>[], today: string, rates: RegulationRate[] | undefined): WriteOp[] {
  return docs.flatMap((doc): WriteOp[] => {
    if (doc.body.status === 'ended') return [];
    const cost = contractCostFields(doc.body, today, rates);
    if (cost.annualCost === doc.body.annualCost) return [];
    const body: Contract = { ...doc.body, ...cost };
    return [{ op: 'replace', kind: 'contract', id: doc.id, body, index: contractIndex(body), ifMatch: doc.etag }];
  });
}

/**
 * Rewrites the draft and active contracts whose cost of the 12 months from today (or from their start) differs from
 * the stored one, each checked against the version read, a page of contracts at a time; returns how many it wrote. A
 * batch a user changed meanwhile is left: that user's write stored the cost of its own day.
 */
export async function refreshContractCosts(store: Repository, tenantId: string, now: Date): Promise<number> {
  const today = isoDateOf(now);
  const rates = (await readSettings(store, tenantId))?.regulationRates;
  const actor = systemUser(tenantId);
  let written = 0;
  let continuationToken: string | undefined;
  do {
    const page = await store.list<Contract>(tenantId, 'contract', { limit: PAGE, continuationToken });
    const ops = costOps(page.items, today, rates);
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
    continuationToken = page.continuationToken;
    if (continuationToken) await letOthersRun();
  } while (continuationToken);
  return written;
}
