// Brings every municipality's topics (their Danish names and the synonyms that find them in a provider's wording) up
// to the product's current ones: a topic it lacks is added, one it never changed takes the current name and synonyms,
// one its procurement changed is left as it is and named, and topics of its own are not touched. Each municipality's
// changes are written in atomic batches with an audit event; a run stopped halfway is finished by the next, and a
// second run changes nothing.
import { type Topic, TopicInput } from '@koberollen/shared/domain/topic';

import { topicIndex } from '../indexes/topic';
import { auditOp, systemUser, userRef } from '../records/audit';
import { collectAll, collectAllDocs } from '../records/collect';
import { TOPICS } from '../seed/content/topics';
import { seedId } from '../seed/ids';
import { LIBRARY_AUTHOR } from '../seed/library';
import { type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';

/** Operations per atomic batch, leaving room for the batch's audit event (Cosmos allows 100). */
const BATCH = 99;

export interface TopicUpgrade {
  added: number;
  updated: number;
  /** Topics the municipality's procurement has changed, left as they are: their names. */
  kept: string[];
}

/** Who may have written a topic the product still owns: the demo library's author or the product itself. */
const PRODUCT_AUTHORS = new Set([LIBRARY_AUTHOR.userId, 'system']);

const sameContent = (topic: Topic, input: TopicInput) =>
  topic.name === input.name && JSON.stringify(topic.synonyms) === JSON.stringify(input.synonyms);

/** The writes that bring one municipality's topics up to the current ones, and what they do. */
export async function topicUpgradeOps(
  store: Repository,
  tenantId: string,
  now: Date,
): Promise<{ ops: WriteOp[]; result: TopicUpgrade }> {
  const docs = await collectAllDocs<Topic>(store, tenantId, 'topic');
  const byKey = new Map(docs.map((doc) => [doc.body.key, doc]));
  const by = userRef(systemUser(tenantId));
  const at = now.toISOString();
  const result: TopicUpgrade = { added: 0, updated: 0, kept: [] };
  const ops: WriteOp[] = [];
  for (const [key, content] of Object.entries(TOPICS)) {
    const input = TopicInput.parse({ key, ...content });
    const found = byKey.get(key);
    if (!found) {
      const topic: Topic = {
        ...input,
        id: seedId('topic', tenantId, key),
        createdAt: at,
        createdBy: by,
        updatedAt: at,
        updatedBy: by,
      };
      ops.push({ op: 'create', kind: 'topic', id: topic.id, body: topic, index: topicIndex(topic) });
      result.added += 1;
    } else if (sameContent(found.body, input)) {
      continue;
    } else if (PRODUCT_AUTHORS.has(found.body.updatedBy.userId)) {
      const topic: Topic = { ...found.body, name: input.name, synonyms: input.synonyms, updatedAt: at, updatedBy: by };
      ops.push({
        op: 'replace',
        kind: 'topic',
        id: topic.id,
        body: topic,
        index: topicIndex(topic),
        ifMatch: found.etag,
      });
      result.updated += 1;
    } else {
      result.kept.push(found.body.name);
    }
  }
  return { ops, result };
}

/** The audit summary of a batch of topic writes. */
export function topicsSummary(result: TopicUpgrade): string {
  return `Emner opdateret: ${result.added} nye og ${result.updated} med nye navne eller synonymer`;
}

/** Upgrades the topics of every onboarded municipality, demo or not. */
export async function upgradeTopics(store: Repository, now: Date): Promise<TopicUpgrade & { tenants: number }> {
  const total = { tenants: 0, added: 0, updated: 0, kept: [] as string[] };
  for (const tenant of await collectAll<{ id: string }>(store, SYSTEM_PARTITION, 'tenant')) {
    const { ops, result } = await topicUpgradeOps(store, tenant.id, now);
    const actor = systemUser(tenant.id);
    for (let i = 0; i < ops.length; i += BATCH) {
      await store.write(tenant.id, [
        ...ops.slice(i, i + BATCH),
        auditOp(actor, now, {
          action: 'update',
          entityKind: 'topic',
          entityId: 'topic-upgrade',
          summary: topicsSummary(result),
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
