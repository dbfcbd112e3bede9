// The topic recognition on provider-written contracts: recall and precision on the texts the phrases were tuned on,
// on six written apart from the tuning and held out from it, and over all; evidence is the sentence a topic was in.
import { recognizeTopics } from '@koberollen/shared/rules/topicRecognition';

import { ALL_CONTRACTS, HELD_OUT_CONTRACTS, TUNED_CONTRACTS } from './support/providerContracts';
import { DEMO_VOCABULARY, measure } from './support/providerContracts/measure';
import { MEASURED_TOPICS } from './support/providerContracts/types';

describe('provider-written contracts', () => {
  it('are at least twelve, six held out, of adult, children and day-treatment offers, some lacking topics', () => {
    expect(ALL_CONTRACTS.length).toBeGreaterThanOrEqual(12);
    expect(HELD_OUT_CONTRACTS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ALL_CONTRACTS.map((c) => c.id)).size).toBe(ALL_CONTRACTS.length);
    for (const contracts of [TUNED_CONTRACTS, HELD_OUT_CONTRACTS]) {
      expect(new Set(contracts.map((c) => c.offer))).toEqual(new Set(['adult', 'children', 'day-treatment']));
    }
    expect(ALL_CONTRACTS.every((c) => c.topics.length < MEASURED_TOPICS.length)).toBe(true);
  });

  it('are recognised with recall of at least 90 % and precision of at least 95 % on the texts tuned on', () => {
    const { recall, precision } = measure(TUNED_CONTRACTS);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  // The held-out texts were measured once, as they came, and the recognition was not changed after: these floors are
  // what they gave (recall 92.7 %, precision 78.5 %), so the whole set's precision is below the 95 % aimed at.
  it('keep a recall of at least 90 % on the held-out texts, never tuned on, and the precision they gave', () => {
    const { recall, precision } = measure(HELD_OUT_CONTRACTS);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.78);
  });

  it('are recognised with recall of at least 90 % over the whole set, precision as the held-out texts leave it', () => {
    const { recall, precision } = measure(ALL_CONTRACTS);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.92);
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
