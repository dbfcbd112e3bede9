// Tests for document review: tagged documents against the clause library, and the topics a contract must cover.
import type { Clause, ClauseVersion } from '../domain/clause';
import { TemplateInput } from '../domain/template';
import { type ClauseLibraryEntry, requiredTopicsOf, reviewTaggedDocument } from './documentReview';
import { TEST_USER, testClause } from './testFixtures';

function versionOf(clause: Clause, version: number, textHash: string): ClauseVersion {
  const { title, topic, paragraphs, fields, guidance, recognitionPhrases, applicability } = clause;
  return {
    ...{ title, topic, paragraphs, fields, guidance, recognitionPhrases, applicability },
    clauseId: clause.id,
    version,
    changeNote: 'Ny formulering',
    textHash,
    publishedAt: '2026-01-01T10:00:00+01:00',
    publishedBy: TEST_USER,
  };
}

const rateField = { key: 'dailyRate', label: 'Døgntakst', type: 'amount' as const, required: true };
const noteField = { key: 'rateNote', label: 'Bemærkning', type: 'text' as const, required: false };
const rateBasis = testClause({
  id: 'rate-basis',
  topic: 'rate-basis',
  title: 'Takstgrundlag',
  version: 2,
  fields: [rateField, noteField],
});
const termination = testClause({ id: 'termination', topic: 'termination', title: 'Opsigelse' });
const insurance = testClause({ id: 'insurance', topic: 'insurance', title: 'Forsikring' });

const clausesById = new Map<string, ClauseLibraryEntry>([
  [
    rateBasis.id,
    {
      current: rateBasis,
      versions: new Map([
        [1, versionOf(rateBasis, 1, 'h-rate-1')],
        [2, versionOf(rateBasis, 2, 'h-rate-2')],
      ]),
    },
  ],
  [termination.id, { current: termination, versions: new Map([[1, versionOf(termination, 1, 'h-term-1')]]) }],
  [insurance.id, { current: insurance, versions: new Map([[1, versionOf(insurance, 1, 'h-ins-1')]]) }],
]);

const template = TemplateInput.parse({
  name: 'Botilbud §107',
  contractType: 'botilbud-107',
  legalBasis: [{ law: 'Serviceloven', section: '§107' }],
  sections: [
    { title: 'Pris', clauses: [{ clauseId: 'rate-basis', mandatory: true }] },
    {
      title: 'Ophør',
      clauses: [
        { clauseId: 'termination', mandatory: true },
        { clauseId: 'insurance', mandatory: false },
      ],
    },
  ],
  fields: [
    { key: 'providerName', label: 'Leverandørens navn', type: 'text' },
    { key: 'dailyRate', label: 'Døgntakst', type: 'amount' },
  ],
});

const allFound = [
  { clauseId: 'rate-basis', version: 2, textHash: 'h-rate-2' },
  { clauseId: 'termination', version: 1, textHash: 'h-term-1' },
];
const allValues = { providerName: 'Bostedet Lyngly', dailyRate: '2.000,00' };

describe('reviewTaggedDocument', () => {
  it('passes a complete, current, unedited document', () => {
    expect(reviewTaggedDocument({ template, clausesById, found: allFound, fieldValues: allValues })).toEqual({
      missingMandatory: [],
      outdated: [],
      deviating: [],
      unknown: [],
      retired: [],
      emptyFields: [],
      conflictingAlternatives: [],
      openChoices: [],
      ok: true,
    });
  });

  it('lists missing mandatory clauses but not missing optional ones', () => {
    const review = reviewTaggedDocument({ template, clausesById, found: [allFound[0]!], fieldValues: allValues });
    expect(review.missingMandatory).toEqual([{ clauseId: 'termination', title: 'Opsigelse' }]);
    expect(review.ok).toBe(false);
  });

  it('flags an older version as outdated, and its edited text as deviating from that version', () => {
    const found = [{ clauseId: 'rate-basis', version: 1, textHash: 'h-rate-1' }, allFound[1]!];
    const review = reviewTaggedDocument({ template, clausesById, found, fieldValues: allValues });
    expect(review.outdated).toEqual([
      { clauseId: 'rate-basis', title: 'Takstgrundlag', foundVersion: 1, latestVersion: 2 },
    ]);
    expect(review.deviating).toEqual([]);
    const edited = [{ clauseId: 'rate-basis', version: 1, textHash: 'h-other' }, allFound[1]!];
    expect(reviewTaggedDocument({ template, clausesById, found: edited, fieldValues: allValues }).deviating).toEqual([
      { clauseId: 'rate-basis', title: 'Takstgrundlag', version: 1 },
    ]);
  });

  it('counts a version that was never published as deviating', () => {
    const found = [{ clauseId: 'rate-basis', version: 9, textHash: 'h-rate-2' }, allFound[1]!];
    const review = reviewTaggedDocument({ template, clausesById, found, fieldValues: allValues });
    expect(review.deviating).toEqual([{ clauseId: 'rate-basis', title: 'Takstgrundlag', version: 9 }]);
    expect(review.outdated).toEqual([]);
  });

  it('lists clauses not in the library as unknown', () => {
    const found = [...allFound, { clauseId: 'provider-own', version: 1, textHash: 'x' }];
    const review = reviewTaggedDocument({ template, clausesById, found, fieldValues: allValues });
    expect(review.unknown).toEqual([{ clauseId: 'provider-own' }]);
    expect(review.ok).toBe(false);
  });

  it('flags a retired clause once, with its successor, and not as outdated or deviating', () => {
    const retired = {
      ...insurance,
      status: 'retired' as const,
      version: 2,
      retirement: { at: '2026-06-01T10:00:00+02:00', by: TEST_USER, reason: 'Ny standard', successorId: 'insurance-2' },
    };
    const library = new Map(clausesById).set(insurance.id, {
      current: retired,
      versions: new Map([[1, versionOf(insurance, 1, 'h-ins-1')]]),
    });
    const found = [...allFound, { clauseId: 'insurance', version: 1, textHash: 'h-edited' }];
    const review = reviewTaggedDocument({ template, clausesById: library, found, fieldValues: allValues });
    expect(review.retired).toEqual([{ clauseId: 'insurance', title: 'Forsikring', successorId: 'insurance-2' }]);
    expect([review.outdated, review.deviating, review.unknown]).toEqual([[], [], []]);
    expect(review.ok).toBe(false);
  });

  it('lists each blank required field once, template fields first, ignoring optional ones', () => {
    const review = reviewTaggedDocument({ template, clausesById, found: allFound, fieldValues: { dailyRate: '  ' } });
    expect(review.emptyFields).toEqual([
      { key: 'providerName', label: 'Leverandørens navn' },
      { key: 'dailyRate', label: 'Døgntakst' },
    ]);
  });

  it('reports everything missing for an empty document', () => {
    const review = reviewTaggedDocument({ template, clausesById, found: [], fieldValues: {} });
    expect(review.missingMandatory.map((m) => m.clauseId)).toEqual(['rate-basis', 'termination']);
    expect(review.emptyFields.map((f) => f.key)).toEqual(['providerName', 'dailyRate']);
  });
});

describe('requiredTopicsOf', () => {
  it('takes mandatory clause topics and checklist topics, each once', () => {
    const checklists = [
      { items: [{ id: 'a', text: 'Er der et takstgrundlag?', guidance: '', requiresTopic: 'rate-basis' }] },
      {
        items: [
          { id: 'b', text: 'Er der krav til fakturaen?', guidance: '', requiresTopic: 'invoice-content' },
          { id: 'c', text: 'Uden emne', guidance: '' },
        ],
      },
    ];
    expect(requiredTopicsOf(template, clausesById, checklists)).toEqual([
      'rate-basis',
      'termination',
      'invoice-content',
    ]);
    expect(requiredTopicsOf(template, clausesById)).toEqual(['rate-basis', 'termination']);
    expect(requiredTopicsOf(template, new Map())).toEqual([]);
  });
});
