// Topics: the Danish names and synonyms of the subjects contracts settle, in name order, written by procurement.
import { topicRoutes } from '@koberollen/shared/api/topics.contract';
import { type Topic, TopicInput, TopicServerFields } from '@koberollen/shared/domain/topic';

import { topicFields, topicIndex } from '../indexes/topic';
import { resourceFunctions } from './resource';
import { uniqueKey } from './uniqueKey';

export const routes = resourceFunctions({
  name: 'topics',
  kind: 'topic',
  noun: 'Emnet',
  routes: topicRoutes,
  input: TopicInput,
  serverFields: TopicServerFields,
  index: topicIndex,
  orderBy: topicFields.order('name'),
  filters: () => [],
  describe: (topic: Topic) => `${topic.name} (${topic.key})`,
  initial: () => ({}),
  /** A key names one topic of the tenant: clauses and checklist items refer to it. */
  prepare: uniqueKey<Topic>('topic', 'Der findes allerede et emne med den nøgle.'),
});
