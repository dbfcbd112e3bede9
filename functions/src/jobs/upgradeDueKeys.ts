// Gives the milestones stored before follow-up's day buckets existed their `dueKey`, so the store counts them (see
// store/tallies.ts): a municipality whose kept count of milestones calling for follow-up differs from the number
// indexed as calling for it has each of those written anew with its index, page by page. A run stopped halfway is
// finished by the next; once the counts agree a run writes nothing.
import type { Milestone } from '@koberollen/shared/domain/contract';
import { PreconditionFailedError } from '@koberollen/shared/errors';

import { milestoneFields, milestoneIndex } from '../indexes/milestone';
import { auditOp, systemUser } from '../records/audit';
import { collectAll } from '../records/collect';
import { type Repository, SYSTEM_PARTITION } from '../store/types';

/** Milestones per atomic batch, leaving room for its audit event and the store's kept counts (Cosmos allows 100). */
const BATCH = 98;
/** Later than any due date: bounds a walk over the milestones calling for follow-up. */
const LAST_DAY = '9999-12-31';
const FOLLOWED = milestoneFields.bound('activeDueDate', 'lte', LAST_DAY);

export interface DueKeysResult {
  /** Municipalities whose counts did not agree. */
  tenants: number;
  rewritten: number;
  /** Milestones changed by someone else during the run: they were written with their key then. */
  skipped: number;
}

/** Whether the municipality's kept day buckets count every milestone calling for follow-up. */
async function upToDate(store: Repository, tenantId: string): Promise<boolean> {
  const [tally, followed] = await Promise.all([
    store.tally(tenantId, 'milestone'),
    store.count(tenantId, 'milestone', FOLLOWED),
  ]);
  return Object.values(tally).reduce((sum, n) => sum + n, 0) === followed;
}

async function rewrite(store: Repository, tenantId: string, now: Date): Promise<Omit<DueKeysResult, 'tenants'>> {
  const actor = systemUser(tenantId);
  const done = { rewritten: 0, skipped: 0 };
  let continuationToken: string | undefined;
  do {
    const page = await store.list<Milestone>(tenantId, 'milestone', {
      filters: FOLLOWED,
      limit: BATCH,
      continuationToken,
    });
    continuationToken = page.continuationToken;
    if (page.items.length === 0) continue;
    const summary = `Opgradering: ${page.items.length} frister talt med i opfølgningen`;
    try {
      await store.write(tenantId, [
        ...page.items.map((doc) => ({
          op: 'replace' as const,
          kind: 'milestone' as const,
          id: doc.id,
          body: doc.body,
          // Only an open milestone of an active contract has an active due date.
          index: milestoneIndex(doc.body, 'active'),
          ifMatch: doc.etag,
        })),
        auditOp(actor, now, { action: 'update', entityKind: 'milestone', entityId: 'milestone-upgrade', summary }),
      ]);
      done.rewritten += page.items.length;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      done.skipped += page.items.length;
    }
  } while (continuationToken);
  return done;
}

/** Brings every municipality's day buckets up to date; returns what it wrote. */
export async function upgradeDueKeys(store: Repository, now: Date): Promise<DueKeysResult> {
  const result: DueKeysResult = { tenants: 0, rewritten: 0, skipped: 0 };
  const tenants = await collectAll<{ id: string }>(store, SYSTEM_PARTITION, 'tenant');
  for (const { id } of tenants) {
    if (await upToDate(store, id)) continue;
    const done = await rewrite(store, id, now);
    result.tenants += 1;
    result.rewritten += done.rewritten;
    result.skipped += done.skipped;
  }
  return result;
}
