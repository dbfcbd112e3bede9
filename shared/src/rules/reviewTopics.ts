// The topics a contract reviewed without a template must cover.
import { checklistTopics } from './documentReview';

/**
 * Without a template, a contract must cover the topics the checklists require for which the library has a
 * published clause (a topic without one has no recognition phrases, so it could only ever be reported missing),
 * skipping items limited to other paragraphs than the one given; when the checklists require none of them, every
 * topic of the published clauses.
 */
export function topicsWithoutTemplate(
  checklists: Parameters<typeof checklistTopics>[0],
  published: readonly { topic: string }[],
  paragraph?: string,
): string[] {
  const publishedTopics = [...new Set(published.map((clause) => clause.topic))];
  const available = new Set(publishedTopics);
  const marked = checklistTopics(checklists, { paragraphs: paragraph ? [paragraph] : [] });
  const required = [...new Set(marked)].filter((topic): topic is string => topic !== undefined && available.has(topic));
  return required.length > 0 ? required : publishedTopics;
}
