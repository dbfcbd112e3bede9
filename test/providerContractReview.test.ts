// The topic recognition on provider-written contracts: recall and precision on the texts the phrases were tuned on,
// on sixty written apart from the tuning and held out from it (a third), and over all; evidence is a sentence.
import { recognizeTopics } from '@koberollen/shared/rules/topicRecognition';

import { ALL_CONTRACTS, HELD_OUT_CONTRACTS, TUNED_CONTRACTS } from './support/providerContracts';
import { DEMO_VOCABULARY, measure } from './support/providerContracts/measure';
import { MEASURED_TOPICS } from './support/providerContracts/types';

describe('provider-written contracts', () => {
  it('are at least 181, a third held out, of adult, children and day-treatment offers, some lacking topics', () => {
    expect(ALL_CONTRACTS.length).toBeGreaterThanOrEqual(181);
    expect(HELD_OUT_CONTRACTS.length).toBeGreaterThanOrEqual(Math.round(ALL_CONTRACTS.length / 3));
    expect(new Set(ALL_CONTRACTS.map((c) => c.id)).size).toBe(ALL_CONTRACTS.length);
    for (const contracts of [TUNED_CONTRACTS, HELD_OUT_CONTRACTS]) {
      expect(new Set(contracts.map((c) => c.offer))).toEqual(new Set(['adult', 'children', 'day-treatment']));
    }
    expect(ALL_CONTRACTS.every((c) => c.topics.length < MEASURED_TOPICS.length)).toBe(true);
  });

  // On the 121 texts tuned on the recognition gave recall 99.4 % and precision 99.9 %: these floors keep it there.
  it('are recognised with recall and precision of at least 99 % on the texts tuned on', () => {
    const { recall, precision } = measure(TUNED_CONTRACTS);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(precision).toBeGreaterThanOrEqual(0.99);
  });

  // The sixty held-out texts were measured once, as they came, and the recognition was not changed after: recall
  // 91.3 % (409 of 448 topics present found), precision 95.8 % (409 of 427 finds). These floors are what they gave,
  // rounded down.
  it('keep on the held-out texts, never tuned on, the recall and precision they gave', () => {
    const { recall, precision } = measure(HELD_OUT_CONTRACTS);
    expect(recall).toBeGreaterThanOrEqual(0.912);
    expect(precision).toBeGreaterThanOrEqual(0.957);
  });

  it('are recognised with recall of at least 90 % and precision of at least 95 % over the whole set', () => {
    const { recall, precision } = measure(ALL_CONTRACTS);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('find at least three in four of the occurrences of each measured topic in the texts tuned on', () => {
    const { perTopic } = measure(TUNED_CONTRACTS);
    const recallOf = (s: (typeof perTopic)[number]) => s.truePositives / (s.truePositives + s.falseNegatives || 1);
    expect(perTopic.filter((s) => recallOf(s) < 0.75).map((s) => s.topic)).toEqual([]);
    expect(perTopic.map((s) => s.topic)).toEqual([...MEASURED_TOPICS]);
  });

  it('show as evidence a sentence of the text holding the topic', () => {
    for (const contract of ALL_CONTRACTS) {
      for (const evidence of recognizeTopics(contract.text, DEMO_VOCABULARY).values()) {
        const flat = contract.text.replace(/\s+/g, ' ');
        expect(flat).toContain(evidence.sentence);
        expect(evidence.sentence.length).toBeLessThan(400);
      }
    }
  });
});
