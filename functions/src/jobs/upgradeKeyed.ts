// Brings every municipality's records of one kind the product brings by key (topics, contract types) up to the
// product's current ones: a record it lacks is added, one it never changed takes the current content, one its
// procurement changed is left as it is and named, and records of its own are not touched. Each municipality's changes
// are written in atomic batches with an audit event; a run stopped halfway is finished by the next, and a second run
// changes nothing.
import type { UserRef } from '@koberollen/shared/domain/common';

import { auditOp, systemUser, userRef } from '../records/audit';
import { collectAll, collectAllDocs } from '../records/collect';
import { seedId } from '../seed/ids';
import { LIBRARY_AUTHOR } from '../seed/library';
import { type DocKind, type IndexFields, type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';

/** Operations per atomic batch, leaving room for the batch's audit event (Cosmos allows 100). */
const BATCH = 99;

type Input = { key: string; name: string };
type Stored<I extends Input> = I & {
  id: string;
  createdAt: string;
  createdBy: UserRef;
  updatedAt: string;
  updatedBy: UserRef;
};

/** One kind of keyed record and the product's current content of it. */
export interface KeyedKind<I extends Input> {
  kind: DocKind;
  /** The product's current records, parsed. */
  current: () => I[];
  index: (record: Stored<I>) => IndexFields;
  /** The audit summary of one municipality's upgrade. */
  summary: (result: KeyedUpgrade) => string;
}

export interface KeyedUpgrade {
  added: number;
  updated: number;
  /** Records the municipality's procurement has changed, left as they are: their names. */
  kept: string[];
}

/** Who may have written a record the product still owns: the demo library's author or the product itself. */
const PRODUCT_AUTHORS = new Set([LIBRARY_AUTHOR.userId, 'system']);

const sameContent = (record: Input, input: Input) =>
  Object.entries(input).every(
    ([field, value]) => JSON.stringify(record[field as keyof Input]) === JSON.stringify(value),
  );

/** The writes that bring one municipality's records of a kind up to the current ones, and what they do. */
export async function keyedUpgradeOps<I extends Input>(
  of: KeyedKind<I>,
  store: Repository,
  tenantId: string,
  now: Date,
): Promise<{ ops: WriteOp[]; result: KeyedUpgrade }> {
  const docs = await collectAllDocs<Stored<I>>(store, tenantId, of.kind);
  const byKey = new Map(docs.map((doc) => [doc.body.key, doc]));
  const by = userRef(systemUser(tenantId));
  const at = now.toISOString();
  const result: KeyedUpgrade = { added: 0, updated: 0, kept: [] };
  const ops: WriteOp[] = [];
  for (const input of of.current()) {
    const found = byKey.get(input.key);
    if (!found) {
      const id = seedId(of.kind, tenantId, input.key);
      const record: Stored<I> = { ...input, id, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by };
      ops.push({ op: 'create', kind: of.kind, id, body: record, index: of.index(record) });
      result.added += 1;
    } else if (sameContent(found.body, input)) {
      continue;
    } else if (PRODUCT_AUTHORS.has(found.body.updatedBy.userId)) {
      const record: Stored<I> = { ...found.body, ...input, updatedAt: at, updatedBy: by };
      ops.push({
        op: 'replace',
        kind: of.kind,
        id: record.id,
        body: record,
        index: of.index(record),
        ifMatch: found.etag,
      });
      result.updated += 1;
    } else {
      result.kept.push(found.body.name);
    }
  }
  return { ops, result };
}

/** Upgrades the records of a kind of every onboarded municipality, demo or not. */
export async function upgradeKeyed<I extends Input>(
  of: KeyedKind<I>,
  store: Repository,
  now: Date,
): Promise<KeyedUpgrade & { tenants: number }> {
  const total = { tenants: 0, added: 0, updated: 0, kept: [] as string[] };
  for (const tenant of await collectAll<{ id: string }>(store, SYSTEM_PARTITION, 'tenant')) {
    const { ops, result } = await keyedUpgradeOps(of, store, tenant.id, now);
    const actor = systemUser(tenant.id);
    for (let i = 0; i < ops.length; i += BATCH) {
      await store.write(tenant.id, [
        ...ops.slice(i, i + BATCH),
        auditOp(actor, now, {
          action: 'update',
          entityKind: of.kind,
          entityId: `${of.kind}-upgrade`,
          summary: of.summary(result),
        }),
      ]);
    }
    total.tenants += 1;
    total.added += result.added;
    total.updated += result.updated;
    total.kept.push(...result.kept);
  }
  return total;
}
