// Reviews a provider's own contract text: each required topic found (with the sentence as evidence) or missing
// (with the published clause to propose). Recognition uses the topic's synonyms, else its clauses' phrases.
import type { Clause } from '../domain/clause';
import type { Topic } from '../domain/topic';
import { TOPIC_CUES } from './topicCues';
import { recognizeTopics, type TopicVocabulary } from './topicRecognition';

export interface UntaggedReviewInput {
  text: string;
  requiredTopics: string[];
  /** Published clauses; others are ignored. */
  clauses: Clause[];
  /** The library's topics with their synonyms. */
  topics?: readonly Pick<Topic, 'key' | 'synonyms'>[];
  /** What the contract is, to propose the clause that fits it. */
  context?: { contractType?: string; paragraph?: string };
}

export type TopicFinding =
  | { topic: string; status: 'found'; matchedPhrases: string[]; evidence: string }
  | { topic: string; status: 'missing'; proposedClause: { clauseId: string; title: string; version: number } | null };

function fits(clause: Clause, context: UntaggedReviewInput['context'] = {}): boolean {
  const { contractTypes, paragraphs } = clause.applicability;
  const typeFits = contractTypes.length === 0 || contractTypes.includes(context.contractType ?? '');
  const paragraphFits = paragraphs.length === 0 || paragraphs.includes(context.paragraph ?? '');
  return typeFits && paragraphFits;
}

/**
 * The phrases revealing each topic: the synonyms procurement keeps with the topic; for a topic without any, the
 * recognition phrases of its published clauses. A clause's phrases are chosen for its own wording and often name
 * neighbouring subjects too ("godkendelse" for supervision), so they do not dilute a topic's curated synonyms.
 */
export function topicVocabulary(
  topicKeys: readonly string[],
  topics: readonly Pick<Topic, 'key' | 'synonyms'>[],
  published: readonly Pick<Clause, 'topic' | 'recognitionPhrases'>[],
): TopicVocabulary[] {
  return topicKeys.map((key) => {
    const synonyms = topics.filter((topic) => topic.key === key).flatMap((topic) => topic.synonyms);
    const fromClauses = published
      .filter((clause) => clause.topic === key)
      .flatMap((clause) => clause.recognitionPhrases);
    return { topic: key, phrases: [...new Set(synonyms.length > 0 ? synonyms : fromClauses)], cues: TOPIC_CUES[key] };
  });
}

/**
 * For each required topic of a provider's own contract text: found, with the phrase that revealed it and the
 * sentence it stands in, or missing, with the published clause to propose — the first whose applicability fits the
 * context, else the first on the topic, else null.
 */
export function reviewUntaggedText({
  text,
  requiredTopics,
  clauses,
  topics = [],
  context,
}: UntaggedReviewInput): TopicFinding[] {
  const published = clauses.filter((c) => c.status === 'published');
  const keys = [...new Set(requiredTopics)];
  const found = recognizeTopics(text, topicVocabulary(keys, topics, published));
  return keys.map((topic): TopicFinding => {
    const evidence = found.get(topic);
    if (evidence) return { topic, status: 'found', matchedPhrases: [evidence.phrase], evidence: evidence.sentence };
    const onTopic = published.filter((c) => c.topic === topic);
    const proposal = onTopic.find((c) => fits(c, context)) ?? onTopic[0];
    return {
      topic,
      status: 'missing',
      proposedClause: proposal ? { clauseId: proposal.id, title: proposal.title, version: proposal.version } : null,
    };
  });
}
