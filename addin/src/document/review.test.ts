// The pane's review over a document snapshot: field values are not edits, changed words are, and both modes report.
import type { Checklist } from '@koberollen/shared/domain/checklist';
import type { Clause } from '@koberollen/shared/domain/clause';
import type { Template } from '@koberollen/shared/domain/template';

import { indexLibrary, type Library, versionOfClause } from '../library/library';
import { clauseBlock, templateBlocks } from './build';
import { type Finding, foundClause, reviewDocument, shownFindings } from './review';
import type { DocumentSnapshot } from './types';

const STAMP = { createdAt: '2026-01-01T00:00:00Z', createdBy: { userId: 'p', name: 'Indkøb' } };
const META = { ...STAMP, updatedAt: STAMP.createdAt, updatedBy: STAMP.createdBy };

function clause(id: string, topic: string, text: string, phrases: string[] = [], version = 1): Clause {
  return {
    ...META,
    id,
    title: `Titel ${id}`,
    topic,
    paragraphs: [{ text }],
    fields: [{ key: 'rateAmount', label: 'Takst (kr.)', type: 'amount', required: true }],
    guidance: '',
    recognitionPhrases: phrases,
    applicability: { contractTypes: [], paragraphs: [] },
    status: 'published',
    version,
    hasUnpublishedChanges: false,
  };
}

const CLAUSES = [
  clause('rate', 'rate', 'Kommunen betaler {{rateAmount}} kr. pr. døgn.', ['døgntakst']),
  clause('basis', 'rate-basis', 'Taksten bygger på en takstredegørelse.', ['takstredegørelse']),
];
const TEMPLATE: Template = {
  ...META,
  id: 't-108',
  name: '§ 108',
  description: '',
  contractType: 'botilbud-108',
  legalBasis: [{ law: 'SEL', section: '§108' }],
  sections: [{ title: 'Pris', clauses: CLAUSES.map((c) => ({ clauseId: c.id, mandatory: true })) }],
  fields: [],
  status: 'active',
  version: 1,
  hasUnpublishedChanges: false,
};
const CHECKLIST: Checklist = {
  ...META,
  id: 'review',
  name: 'Gennemgang',
  phase: 'negotiation',
  purpose: 'contractReview',
  items: [{ id: 'rate-basis', text: 'Takstgrundlag?', guidance: '', requiresTopic: 'rate-basis' }],
};
const LIBRARY: Library = {
  clauses: CLAUSES,
  retired: [],
  versions: CLAUSES.map(versionOfClause),
  templates: [TEMPLATE],
  checklists: [CHECKLIST],
  topics: [{ ...META, id: 'topic-basis', key: 'rate-basis', name: 'Takstgrundlag', synonyms: ['takstredegørelse'] }],
  fetchedAt: STAMP.createdAt,
};
const INDEX = indexLibrary(LIBRARY);

/** The snapshot a document built from the template, with the given values, would give. */
function snapshotOf(values: Record<string, string>, edit = (text: string) => text): DocumentSnapshot {
  const blocks = templateBlocks(TEMPLATE, (id) => INDEX.version(id), values).flatMap((b) =>
    b.kind === 'clause' ? [b.clause] : [],
  );
  const clauses = blocks.map((block) => {
    const fieldTexts = block.paragraphs.flat().flatMap((r) => (r.kind === 'field' ? [r.value] : []));
    const text = [
      block.title,
      ...block.paragraphs.map((p) => p.map((r) => (r.kind === 'text' ? r.text : r.value)).join('')),
    ].join('\n');
    return { clauseId: block.clauseId, version: block.version, text: edit(text), fieldTexts };
  });
  return { clauses, fields: [{ key: 'rateAmount', text: values.rateAmount ?? '' }], text: '' };
}

describe('foundClause', () => {
  it('carries the version hash when only field values differ, and another hash once words change', () => {
    const version = INDEX.version('rate')!;
    const filled = {
      clauseId: 'rate',
      version: 1,
      text: 'Titel rate\nKommunen betaler 2.500 kr. pr. døgn.',
      fieldTexts: ['2.500'],
    };
    expect(foundClause(filled, version).textHash).toBe(version.textHash);
    const edited = { ...filled, text: 'Titel rate\nKommunen betaler 2.500 kr. pr. døgn, dog højst i et år.' };
    expect(foundClause(edited, version).textHash).not.toBe(version.textHash);
  });
});

describe('reviewDocument', () => {
  const state = { templateId: 't-108', checked: [] };

  it('finds nothing wrong with clauses inserted from the template; empty fields and unticked items are reported', () => {
    const outcome = reviewDocument(snapshotOf({}), LIBRARY, INDEX, state);
    expect(outcome.mode).toBe('tagged');
    expect(outcome.findings.map((f) => f.kind)).toEqual(['emptyField', 'uncheckedItem']);
    const ticked = reviewDocument(snapshotOf({ rateAmount: '2.500' }), LIBRARY, INDEX, {
      ...state,
      checked: ['review/rate-basis'],
    });
    expect(ticked.findings).toEqual([]);
  });

  it("reports a document drafted on a template for another paragraph than the linked case's, naming the right one", () => {
    const filled = snapshotOf({ rateAmount: '2.500' });
    const ticked = { ...state, checked: ['review/rate-basis'] };
    expect(reviewDocument(filled, LIBRARY, INDEX, ticked, { paragraph: 'SEL §108' }).findings).toEqual([]);
    const other: Template = { ...TEMPLATE, id: 't-107', name: '§ 107', legalBasis: [{ law: 'SEL', section: '§107' }] };
    const library = { ...LIBRARY, templates: [TEMPLATE, other] };
    const outcome = reviewDocument(filled, library, indexLibrary(library), ticked, { paragraph: 'SEL §107' });
    expect(outcome.findings).toEqual([
      {
        kind: 'wrongTemplate',
        templateId: 't-108',
        title: '§ 108',
        reason: '§ 108 er skrevet til serviceloven § 108, men sagen er afgjort efter serviceloven § 107.',
        matching: [{ id: 't-107', name: '§ 107' }],
      },
    ]);
    expect(shownFindings(outcome.findings)).toBe(1);
  });

  it('reports a deleted mandatory clause and an edited one', () => {
    const snapshot = snapshotOf({ rateAmount: '2.500' }, (text) => text.replace('pr. døgn', 'pr. måned'));
    snapshot.clauses = snapshot.clauses.filter((c) => c.clauseId !== 'basis');
    const kinds = reviewDocument(snapshot, LIBRARY, INDEX, state).findings.map(
      (f) => `${f.kind}:${'clauseId' in f ? f.clauseId : ''}`,
    );
    expect(kinds).toEqual(expect.arrayContaining(['missingMandatory:basis', 'deviating:rate']));
  });

  it('reports a clause of an older version as outdated', () => {
    const newer = { ...CLAUSES[0]!, version: 2 };
    const library = {
      ...LIBRARY,
      clauses: [newer, CLAUSES[1]!],
      versions: [...LIBRARY.versions, versionOfClause(newer)],
    };
    const outcome = reviewDocument(snapshotOf({ rateAmount: '1' }), library, indexLibrary(library), state);
    expect(outcome.findings).toEqual(
      expect.arrayContaining([
        { kind: 'outdated', clauseId: 'rate', title: 'Titel rate', foundVersion: 1, latestVersion: 2 },
      ]),
    );
  });

  it("reads a provider's own text by the topics' synonyms and proposes the standard clause for a missing topic", () => {
    const text = 'Kommunen betaler en døgntakst på 2.900 kr.';
    const outcome = reviewDocument({ clauses: [], fields: [], text }, LIBRARY, INDEX, { checked: [] });
    expect(outcome.mode).toBe('untagged');
    expect(outcome.findings[0]).toEqual({
      kind: 'missingTopic',
      topic: 'rate-basis',
      name: 'Takstgrundlag',
      proposed: { clauseId: 'basis', title: 'Titel basis', version: 1 },
    });
    const covered = reviewDocument({ clauses: [], fields: [], text: `${text} Se takstredegørelse.` }, LIBRARY, INDEX, {
      checked: [],
    });
    expect(covered.foundTopics).toEqual([
      {
        topic: 'rate-basis',
        name: 'Takstgrundlag',
        matchedPhrases: ['takstredegørelse'],
        evidence: 'Se takstredegørelse.',
      },
    ]);
  });
});

describe('clauseBlock', () => {
  it('splits paragraphs into text and field runs with labels and values', () => {
    expect(clauseBlock(INDEX.version('rate')!, { rateAmount: '2.500' }).paragraphs).toEqual([
      [
        { kind: 'text', text: 'Kommunen betaler ' },
        { kind: 'field', key: 'rateAmount', label: 'Takst (kr.)', value: '2.500' },
        { kind: 'text', text: ' kr. pr. døgn.' },
      ],
    ]);
  });
});

describe('reviewDocument with a choice between alternatives', () => {
  const choice: Template = {
    ...TEMPLATE,
    id: 't-choice',
    sections: [
      {
        title: 'Grundlag',
        clauses: [
          { clauseId: 'rate', mandatory: true, alternative: { choice: 'framework', option: 'inside' } },
          { clauseId: 'basis', mandatory: true, alternative: { choice: 'framework', option: 'outside' } },
        ],
      },
    ],
  };
  const library: Library = { ...LIBRARY, templates: [choice], checklists: [] };
  const index = indexLibrary(library);
  const found = (id: string) => {
    const block = clauseBlock(index.version(id)!, { rateAmount: '2.500' });
    const text = [
      block.title,
      ...block.paragraphs.map((p) => p.map((r) => (r.kind === 'text' ? r.text : r.value)).join('')),
    ];
    return { clauseId: id, version: 1, text: text.join('\n'), fieldTexts: id === 'rate' ? ['2.500'] : [] };
  };
  const review = (...ids: string[]) =>
    reviewDocument(
      { clauses: ids.map(found), fields: [{ key: 'rateAmount', text: '2.500' }], text: '' },
      library,
      index,
      { templateId: 't-choice', checked: [] },
    ).findings;

  it('reports a document holding both variants once, naming both', () => {
    expect(review('rate', 'basis')).toEqual([
      {
        kind: 'conflictingAlternatives',
        clauseId: 'rate',
        choice: 'framework',
        title: 'Rammeaftale (variant A eller B)',
        clauses: [
          { clauseId: 'rate', title: 'Titel rate' },
          { clauseId: 'basis', title: 'Titel basis' },
        ],
      },
    ]);
  });

  it('finds nothing wrong with one variant', () => {
    expect(review('basis')).toEqual([]);
  });
});

describe('shownFindings', () => {
  const empty = (key: string): Finding => ({ kind: 'emptyField', key, label: key });
  const unchecked = (itemId: string): Finding => ({ kind: 'uncheckedItem', checklistId: 'c', itemId, text: itemId });

  it('counts the empty fields as one finding and leaves the checklist items out', () => {
    const missing: Finding = { kind: 'missingMandatory', clauseId: 'rate', title: 'Takst' };
    expect(shownFindings([empty('a'), empty('b'), empty('c'), unchecked('x'), unchecked('y'), missing])).toBe(2);
    expect(shownFindings([unchecked('x')])).toBe(0);
    expect(shownFindings([])).toBe(0);
  });
});
