// Topics (emner): the Danish name and synonyms of each subject a contract should settle, kept by procurement.
import { Topic, TopicInput, TopicServerFields } from '../domain/topic';
import { resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';

/** Topics are renamed and given synonyms, never deleted: clauses and checklists name them by key. */
export const topicRoutes = resourceRoutes({
  path: '/api/topics',
  plural: 'topics',
  names: ['Topic', 'Topics'],
  writers: WRITERS.library,
  input: TopicInput,
  entity: Topic,
  serverFields: TopicServerFields,
  filters: {},
});
