// The library's topics, loaded once per view: their Danish names by key, for every place a topic is shown.
import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import type { Topic } from '@koberollen/shared/domain/topic';
import { topicNamer } from '@koberollen/shared/rules/topicNames';
import { type Loaded, useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { TOPIC_LIMIT } from '../shell/pageSizes';

export interface TopicNames {
  topics: Topic[];
  /** The topic's Danish name; the key while the names load or for a topic the library lacks. */
  nameOf: (key: string) => string;
  loaded: Loaded<unknown> & { reload: () => void };
}

export function useTopicNames(): TopicNames {
  const { api } = useSession();
  const loaded = useLoad(() => api.callUnparsed(heads.listTopics, { query: { limit: TOPIC_LIMIT } }), 'topics');
  const topics = loaded.data?.data.items ?? [];
  return { topics, nameOf: topicNamer(topics), loaded };
}

/** Topic keys as choices for a select: key and Danish name, in name order. */
export function topicChoices(keys: Iterable<string>, nameOf: (key: string) => string): [string, string][] {
  return [...new Set(keys)]
    .map((key): [string, string] => [key, nameOf(key)])
    .sort((a, b) => a[1].localeCompare(b[1], 'da'));
}
