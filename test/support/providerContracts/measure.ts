// Recall and precision of the topic recognition on provider-written contracts, per topic and in total, with the
// vocabulary a municipality starts with: the demo library's topic synonyms and its published clauses' phrases.
import { recognizeTopics, type TopicVocabulary } from '@koberollen/shared/rules/topicRecognition';
import { topicVocabulary } from '@koberollen/shared/rules/untaggedReview';

import { seedContext } from '../../../functions/src/seed/context';
import { buildLibrary } from '../../../functions/src/seed/library';
import { MEASURED_TOPICS, type MeasuredTopic, type ProviderContract } from './types';

export interface TopicScore {
  topic: MeasuredTopic;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Measurement {
  perTopic: TopicScore[];
  recall: number;
  precision: number;
  /** Each wrong answer: a topic found but not there, or there but not found. */
  errors: { contract: string; topic: MeasuredTopic; kind: 'falsePositive' | 'falseNegative'; evidence?: string }[];
}

const library = buildLibrary(seedContext('review', new Date('2026-12-01T10:00:00Z')));
export const DEMO_VOCABULARY: TopicVocabulary[] = topicVocabulary(MEASURED_TOPICS, library.topics, library.clauses);

const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

export function measure(contracts: readonly ProviderContract[], vocabulary = DEMO_VOCABULARY): Measurement {
  const scores = new Map(
    MEASURED_TOPICS.map((topic) => [topic, { topic, truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  );
  const errors: Measurement['errors'] = [];
  for (const contract of contracts) {
    const found = recognizeTopics(contract.text, vocabulary);
    for (const topic of MEASURED_TOPICS) {
      const score = scores.get(topic)!;
      const expected = contract.topics.includes(topic);
      const evidence = found.get(topic);
      if (expected && evidence) score.truePositives++;
      else if (expected) {
        score.falseNegatives++;
        errors.push({ contract: contract.id, topic, kind: 'falseNegative' });
      } else if (evidence) {
        score.falsePositives++;
        errors.push({
          contract: contract.id,
          topic,
          kind: 'falsePositive',
          evidence: `${evidence.phrase}: ${evidence.sentence}`,
        });
      }
    }
  }
  const perTopic = [...scores.values()];
  const sum = (key: keyof Omit<TopicScore, 'topic'>) => perTopic.reduce((total, score) => total + score[key], 0);
  const tp = sum('truePositives');
  return {
    perTopic,
    recall: ratio(tp, tp + sum('falseNegatives')),
    precision: ratio(tp, tp + sum('falsePositives')),
    errors,
  };
}
