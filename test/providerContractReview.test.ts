// The topic recognition on provider-written contracts: recall and precision per set, a third held out from tuning,
// and evidence that is the sentence the topic was found in.
import { recognizeTopics } from '@koberollen/shared/rules/topicRecognition';

import { ALL_CONTRACTS, HELD_OUT_CONTRACTS, TUNED_CONTRACTS } from './support/providerContracts';
import { DEMO_VOCABULARY, measure } from './support/providerContracts/measure';
import { MEASURED_TOPICS } from './support/providerContracts/types';

describe('provider-written contracts', () => {
  it('are at least twelve, a third held out, of adult, children and day-treatment offers, some lacking topics', () => {
    expect(ALL_CONTRACTS.length).toBeGreaterThanOrEqual(12);
    expect(HELD_OUT_CONTRACTS.length * 3).toBeGreaterThanOrEqual(ALL_CONTRACTS.length);
    expect(new Set(ALL_CONTRACTS.map((c) => c.id)).size).toBe(ALL_CONTRACTS.length);
    for (const contracts of [TUNED_CONTRACTS, HELD_OUT_CONTRACTS]) {
      expect(new Set(contracts.map((c) => c.offer))).toEqual(new Set(['adult', 'children', 'day-treatment']));
    }
    expect(ALL_CONTRACTS.every((c) => c.topics.length < MEASURED_TOPICS.length)).toBe(true);
  });

  it('are recognised with recall of at least 90 % and precision of at least 95 % over the whole set', () => {
    const { recall, precision } = measure(ALL_CONTRACTS);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('keep their figures on the held-out third, which the phrases were never tuned on', () => {
    const { recall, precision } = measure(HELD_OUT_CONTRACTS);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('miss no topic on the texts the phrases were tuned on, scored per measured topic', () => {
    const { perTopic } = measure(TUNED_CONTRACTS);
    expect(perTopic.filter((s) => s.falseNegatives > 0).map((s) => s.topic)).toEqual([]);
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
