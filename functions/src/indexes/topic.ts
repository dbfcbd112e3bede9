// The index of a topic: its key (unique in the tenant) and its name in Danish order.
import type { Topic } from '@koberollen/shared/domain/topic';

import { indexFields, key } from '../records/search';

export type TopicIndex = { key: string; name: string };

export function topicIndex(topic: Topic): TopicIndex {
  return { key: topic.key, name: key(topic.name) };
}

export const topicFields = indexFields<TopicIndex>();
