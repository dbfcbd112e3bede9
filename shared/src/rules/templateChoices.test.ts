// Tests for choices between alternatives: the option a contract takes, what a built document holds, and a review
// that reports a document holding both variants of a choice or none of a mandatory one.
import type { Clause, ClauseVersion } from '../domain/clause';
import { TemplateInput } from '../domain/template';
import { type ClauseLibraryEntry, reviewTaggedDocument } from './documentReview';
import { choicesFor, refIncluded, undecidedChoices } from './templateChoices';
import { TEST_USER, testClause, testContract } from './testFixtures';

const template = TemplateInput.parse({
  name: 'Botilbud §108',
  contractType: 'botilbud-108',
  legalBasis: [{ law: 'SEL', section: '§108' }],
  sections: [
    {
      title: 'Grundlag',
      clauses: [
        { clauseId: 'inside', mandatory: true, alternative: { choice: 'framework', option: 'inside' } },
        { clauseId: 'outside', mandatory: true, alternative: { choice: 'framework', option: 'outside' } },
        { clauseId: 'term', mandatory: true },
      ],
    },
    {
      title: 'Pris',
      clauses: [
        { clauseId: 'special-end', mandatory: false, alternative: { choice: 'specialRate', option: 'endDate' } },
        {
          clauseId: 'special-review',
          mandatory: false,
          alternative: { choice: 'specialRate', option: 'monthlyReview' },
        },
      ],
    },
  ],
});

const titles: Record<string, string> = {
  inside: 'Variant A: Tilbud omfattet af rammeaftalen',
  outside: 'Variant B: Tilbud uden for rammeaftalen',
  term: 'Ikrafttræden og varighed',
  'special-end': 'Særtakst med slutdato',
  'special-review': 'Særtakst med månedlig opfølgning',
};

function entry(id: string): [string, ClauseLibraryEntry] {
  const clause: Clause = testClause({ id, title: titles[id]!, topic: 'term' });
  const { title, topic, paragraphs, fields, guidance, recognitionPhrases, applicability } = clause;
  const version: ClauseVersion = {
    ...{ title, topic, paragraphs, fields, guidance, recognitionPhrases, applicability },
    clauseId: id,
    version: 1,
    changeNote: 'Første udgave',
    textHash: `h-${id}`,
    publishedAt: '2026-01-01T10:00:00+01:00',
    publishedBy: TEST_USER,
  };
  return [id, { current: clause, versions: new Map([[1, version]]) }];
}
const clausesById = new Map(Object.keys(titles).map(entry));
const found = (...ids: string[]) => ids.map((clauseId) => ({ clauseId, version: 1, textHash: `h-${clauseId}` }));
const review = (...ids: string[]) =>
  reviewTaggedDocument({ template, clausesById, found: found(...ids), fieldValues: {} });
const allRefs = template.sections.flatMap((s) => s.clauses);

describe('choicesFor', () => {
  const special = { type: 'day' as const, amount: 300, reason: 'Ekstra nattevagt', startDate: '2026-02-01' };
  const contract = (overrides: Parameters<typeof testContract>[0] = {}) => ({ contract: testContract(overrides) });

  it('takes variant A when the regulation follows the styringsaftale, else B, and the kind of særtakst', () => {
    expect(choicesFor(contract({ priceRegulation: { basis: 'framework', month: 1 } }))).toEqual({
      framework: 'inside',
    });
    expect(choicesFor(contract({ specialRate: { ...special, endDate: '2026-04-30', monthlyReview: false } }))).toEqual({
      framework: 'outside',
      specialRate: 'endDate',
    });
    expect(choicesFor(contract({ specialRate: { ...special, monthlyReview: true } }))).toEqual({
      framework: 'outside',
      specialRate: 'monthlyReview',
    });
    expect(choicesFor({})).toEqual({});
  });

  it('before a contract, takes variant A for a public provider and B for a private one; a contract decides first', () => {
    expect(choicesFor({ provider: { ownership: 'public' } })).toEqual({ framework: 'inside' });
    expect(choicesFor({ provider: { ownership: 'private' } })).toEqual({ framework: 'outside' });
    expect(choicesFor({ provider: { ownership: 'public' }, ...contract() })).toEqual({ framework: 'outside' });
  });
});

describe('refIncluded and undecidedChoices', () => {
  it('keeps plain clauses and only the chosen alternative; an open choice keeps none', () => {
    const kept = (values: Parameters<typeof refIncluded>[1]) =>
      allRefs.filter((ref) => refIncluded(ref, values)).map((ref) => ref.clauseId);
    expect(kept({ framework: 'inside', specialRate: 'monthlyReview' })).toEqual(['inside', 'term', 'special-review']);
    expect(kept({ framework: 'outside' })).toEqual(['outside', 'term']);
    expect(kept({})).toEqual(['term']);
  });

  it('names only mandatory choices left open', () => {
    expect(undecidedChoices(template, {})).toEqual(['framework']);
    expect(undecidedChoices(template, { framework: 'outside' })).toEqual([]);
  });
});

describe('reviewTaggedDocument with choices', () => {
  it('passes a document with one variant and no særtakst', () => {
    expect(review('outside', 'term')).toMatchObject({
      missingMandatory: [],
      conflictingAlternatives: [],
      openChoices: [],
      ok: true,
    });
  });

  it('reports a document holding both variants A and B, or both kinds of særtakst', () => {
    const result = review('inside', 'outside', 'term', 'special-end', 'special-review');
    expect(result.conflictingAlternatives).toEqual([
      {
        choice: 'framework',
        label: 'Rammeaftale (variant A eller B)',
        clauses: [
          { clauseId: 'inside', title: titles.inside },
          { clauseId: 'outside', title: titles.outside },
        ],
      },
      {
        choice: 'specialRate',
        label: 'Særtakst (slutdato eller månedlig opfølgning)',
        clauses: [
          { clauseId: 'special-end', title: titles['special-end'] },
          { clauseId: 'special-review', title: titles['special-review'] },
        ],
      },
    ]);
    expect(result.missingMandatory).toEqual([]);
    expect(result.ok).toBe(false);
  });

  it('names the alternative that fits when the case and offer decide the missing choice', () => {
    const found = [{ clauseId: 'term', version: 1, textHash: 'h-term' }];
    const missing = (choices: Parameters<typeof reviewTaggedDocument>[0]['choices']) =>
      reviewTaggedDocument({ template, clausesById, found, fieldValues: {}, choices }).missingMandatory;
    expect(missing({ framework: 'outside' })).toEqual([{ clauseId: 'outside', title: titles.outside }]);
    expect(missing({ framework: 'inside' })).toEqual([{ clauseId: 'inside', title: titles.inside }]);
  });

  it('reports a mandatory choice the case and offer leave open as open, naming both alternatives', () => {
    const result = review('term');
    expect(result.missingMandatory).toEqual([]);
    expect(result.openChoices).toEqual([
      {
        choice: 'framework',
        label: 'Rammeaftale (variant A eller B)',
        clauses: [
          { clauseId: 'inside', title: titles.inside },
          { clauseId: 'outside', title: titles.outside },
        ],
      },
    ]);
    expect(result.ok).toBe(false);
  });
});
