// Brings every municipality's topics (their Danish names and the synonyms that find them in a provider's wording) up
// to the product's current ones, as upgradeKeyed.ts does for every record the product brings by key.
import { TopicInput } from '@koberollen/shared/domain/topic';

import { topicIndex } from '../indexes/topic';
import { TOPICS } from '../seed/content/topics';
import type { Repository } from '../store/types';
import { type KeyedKind, keyedUpgradeOps, upgradeKeyed } from './upgradeKeyed';

const TOPIC_KIND: KeyedKind<TopicInput> = {
  kind: 'topic',
  current: () => Object.entries(TOPICS).map(([key, content]) => TopicInput.parse({ key, ...content })),
  index: topicIndex,
  summary: (result) => `Emner opdateret: ${result.added} nye og ${result.updated} med nye navne eller synonymer`,
};

/** The writes that bring one municipality's topics up to the current ones, and what they do. */
export const topicUpgradeOps = (store: Repository, tenantId: string, now: Date) =>
  keyedUpgradeOps(TOPIC_KIND, store, tenantId, now);

/** Upgrades the topics of every onboarded municipality, demo or not. */
export const upgradeTopics = (store: Repository, now: Date) => upgradeKeyed(TOPIC_KIND, store, now);
