// Topics: the Danish names and synonyms of the subjects contracts settle, in name order, written by procurement.
import { topicRoutes } from '@koberollen/shared/api/topics.contract';
import { type Topic, TopicInput, TopicServerFields } from '@koberollen/shared/domain/topic';
import { ConflictError } from '@koberollen/shared/errors';

import { topicFields, topicIndex } from '../indexes/topic';
import { resourceFunctions } from './resource';

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
  prepare: async (topic: Topic, services, user) => {
    const same = await services.store.list<Topic>(user.tenantId, 'topic', {
      filters: topicFields.eq('key', topic.key),
      limit: 2,
    });
    if (same.items.some((doc) => doc.id !== topic.id)) {
      throw new ConflictError('Der findes allerede et emne med den nøgle.', {
        key: 'Der findes allerede et emne med den nøgle.',
      });
    }
    return topic;
  },
});
