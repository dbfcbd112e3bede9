// Tests for the review of a provider's own text: topics found by synonyms and clause phrases, with evidence, and the
// clause proposed for a missing topic.
import { testClause } from './testFixtures';
import { reviewUntaggedText } from './untaggedReview';

const clauses = [
  testClause({ id: 'rate-basis', topic: 'rate-basis', recognitionPhrases: ['takstgrundlag', 'takstredegørelse'] }),
  testClause({ id: 'termination', topic: 'termination', recognitionPhrases: ['opsigelse', 'ophør af aftalen'] }),
  testClause({
    id: 'special-rate-children',
    topic: 'special-rate',
    recognitionPhrases: ['særtakst'],
    applicability: { contractTypes: ['anbringelse-born'], paragraphs: [] },
  }),
  testClause({
    id: 'special-rate-adults',
    topic: 'special-rate',
    applicability: { contractTypes: ['botilbud-107'], paragraphs: [] },
  }),
  testClause({
    id: 'special-rate-draft',
    topic: 'special-rate',
    status: 'draft',
    recognitionPhrases: ['ekstra betaling'],
  }),
];

describe('reviewUntaggedText', () => {
  it('finds topics by their clauses’ phrases in any word form, with the sentence as evidence', () => {
    const text = 'Leverandøren sender en TAKSTREDEGØRELSE.\nVed ophør af aftalen gælder det samme.';
    expect(reviewUntaggedText({ text, requiredTopics: ['rate-basis', 'termination'], clauses })).toEqual([
      {
        topic: 'rate-basis',
        status: 'found',
        matchedPhrases: ['takstredegørelse'],
        evidence: 'Leverandøren sender en TAKSTREDEGØRELSE.',
      },
      {
        topic: 'termination',
        status: 'found',
        matchedPhrases: ['ophør af aftalen'],
        evidence: 'Ved ophør af aftalen gælder det samme.',
      },
    ]);
  });

  it('finds a topic by the synonyms kept with it, the way a provider writes it', () => {
    const topics = [{ key: 'special-rate', synonyms: ['ekstra voksen'] }];
    const text = 'I de første måneder er der brug for en ekstra voksen om natten.';
    expect(reviewUntaggedText({ text, requiredTopics: ['special-rate'], clauses })[0]?.status).toBe('missing');
    expect(reviewUntaggedText({ text, requiredTopics: ['special-rate'], clauses, topics })[0]).toMatchObject({
      status: 'found',
      matchedPhrases: ['ekstra voksen'],
      evidence: text,
    });
  });

  it('finds inflected words but not a phrase inside an unrelated longer word', () => {
    const review = reviewUntaggedText({ text: 'Genopsigelsesfrist følger.', requiredTopics: ['termination'], clauses });
    expect(review.map((r) => r.status)).toEqual(['missing']);
    const found = reviewUntaggedText({
      text: 'Særtaksten gælder 3 måneder.',
      requiredTopics: ['special-rate'],
      clauses,
    });
    expect(found[0]).toMatchObject({ status: 'found', matchedPhrases: ['særtakst'] });
  });

  it('ignores phrases of clauses not published', () => {
    const review = reviewUntaggedText({ text: 'Ekstra betaling aftales.', requiredTopics: ['special-rate'], clauses });
    expect(review[0]?.status).toBe('missing');
  });

  it('proposes the published clause that fits the context, else the first', () => {
    const missing = (context?: { contractType?: string }) =>
      reviewUntaggedText({
        text: 'Ekstra betaling aftales.',
        requiredTopics: ['special-rate'],
        clauses,
        ...(context ? { context } : {}),
      });
    expect(missing({ contractType: 'botilbud-107' })[0]).toMatchObject({
      proposedClause: { clauseId: 'special-rate-adults', version: 1 },
    });
    expect(missing({ contractType: 'dagbehandling' })[0]).toMatchObject({
      proposedClause: { clauseId: 'special-rate-children' },
    });
    expect(missing()[0]).toMatchObject({
      status: 'missing',
      proposedClause: { clauseId: 'special-rate-children', title: 'Klausul special-rate-children' },
    });
  });

  it('proposes nothing when the library has no clause on the topic', () => {
    expect(reviewUntaggedText({ text: 'Tekst', requiredTopics: ['insurance'], clauses })).toEqual([
      { topic: 'insurance', status: 'missing', proposedClause: null },
    ]);
  });

  it('checks each topic once and handles empty inputs', () => {
    expect(
      reviewUntaggedText({ text: 'opsigelse', requiredTopics: ['termination', 'termination'], clauses }),
    ).toHaveLength(1);
    expect(reviewUntaggedText({ text: '', requiredTopics: [], clauses: [] })).toEqual([]);
  });

  it('reads paragraph signs as words of a phrase', () => {
    const law = [testClause({ id: 'law', topic: 'legal-basis', recognitionPhrases: ['§ 107'] })];
    const review = (text: string) => reviewUntaggedText({ text, requiredTopics: ['legal-basis'], clauses: law })[0];
    expect(review('Tilbud efter § 107.')).toMatchObject({ matchedPhrases: ['§ 107'] });
    expect(review('Tilbud efter § 108.')?.status).toBe('missing');
  });
});
