// The Danish name of a topic key, as the library's topics hold it.
import type { Topic } from '../domain/topic';

/** Looks names up by key: the topic's name in the library, or the key itself for a topic the library lacks. */
export function topicNamer(topics: readonly Pick<Topic, 'key' | 'name'>[]): (key: string) => string {
  const names = new Map(topics.map((topic) => [topic.key, topic.name]));
  return (key) => names.get(key) ?? key;
}
