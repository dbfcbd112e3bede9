// The topics a contract reviewed without a template must cover.

/**
 * Without a template, a contract must cover the topics the checklists require for which the library has a
 * published clause (a topic without one has no recognition phrases, so it could only ever be reported missing);
 * when the checklists require none of them, every topic of the published clauses.
 */
export function topicsWithoutTemplate(
  checklists: readonly { items: readonly { requiresTopic?: string }[] }[],
  published: readonly { topic: string }[],
): string[] {
  const publishedTopics = [...new Set(published.map((clause) => clause.topic))];
  const available = new Set(publishedTopics);
  const marked = checklists.flatMap((checklist) => checklist.items.map((item) => item.requiresTopic));
  const required = [...new Set(marked)].filter((topic): topic is string => topic !== undefined && available.has(topic));
  return required.length > 0 ? required : publishedTopics;
}
