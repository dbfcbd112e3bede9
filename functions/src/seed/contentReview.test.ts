// Data checks on the demo checklists and on how the demo clauses read once filled in: every item has guidance, items
// limited by contract type are skipped for other types, the new review items are found in a provider's own text, and
// no field value leaves "hver 1. måned" or a broken sentence behind.
import { ChecklistInput } from '@koberollen/shared/domain/checklist';
import type { FieldDefinition } from '@koberollen/shared/domain/clause';
import { renderClauseParagraphs } from '@koberollen/shared/rules/clauseText';
import { requiredTopicsOf } from '@koberollen/shared/rules/documentReview';
import { reviewUntaggedText } from '@koberollen/shared/rules/untaggedReview';

import { DEMO_CHECKLISTS } from './content/checklists';
import { DEMO_CLAUSES, toClauseInput } from './content/clauses';
import { CONTRACT_TYPES, type ContractType } from './content/contractTypes';
import { seedContext } from './context';
import { buildLibrary } from './library';

const library = buildLibrary(seedContext('checks', new Date('2026-03-15T10:00:00Z')));
const clausesById = new Map(library.clauses.map((clause) => [clause.id, { current: clause }]));
const review = library.checklists.find((c) => c.purpose === 'contractReview')!;
const topicsFor = (type: ContractType) => requiredTopicsOf(library.templateByType.get(type)!, clausesById, [review]);

describe('demo checklists', () => {
  it('give every item guidance', () => {
    const without = DEMO_CHECKLISTS.flatMap(({ key, checklist }) =>
      ChecklistInput.parse(checklist)
        .items.filter((item) => item.guidance.trim().length < 20)
        .map((item) => `${key}/${item.id}`),
    );
    expect(without).toEqual([]);
  });

  it("skip items limited to other contract types in a review: no §83/§85 hours or §108 housing in a child's contract", () => {
    const placement = topicsFor(CONTRACT_TYPES.placement);
    expect(placement).not.toEqual(expect.arrayContaining(['weekly-hours']));
    expect(placement).not.toContain('housing-document');
    expect(placement).not.toContain('own-payment');
    expect(placement).toEqual(expect.arrayContaining(['criminal-record', 'duty-to-report', 'transition-18']));
    const dayTreatment = topicsFor(CONTRACT_TYPES.dayTreatment);
    expect(dayTreatment).not.toContain('supervision');
    expect(dayTreatment).toContain('quality-agreement');
    expect(topicsFor(CONTRACT_TYPES.longTerm)).toEqual(
      expect.arrayContaining(['weekly-hours', 'housing-document', 'own-payment', 'supervision']),
    );
    expect(topicsFor(CONTRACT_TYPES.support)).not.toContain('housing-document');
    expect(topicsFor(CONTRACT_TYPES.longTerm)).not.toContain('quality-agreement');
  });

  it("find the legal basis, absence, own payment and unordered services in a provider's own contract", () => {
    const text = [
      'Anbringelsen sker jf. servicelovens § 52 som døgnophold.',
      'Ved fravær ud over 14 dage betales 80 % af taksten.',
      'Egenbetalingen for kost og logi fastsættes af leverandøren.',
      'Ydelser ud over taksten faktureres efter medgået tid.',
    ].join(' ');
    const items = ['legal-basis', 'absence', 'own-payment', 'double-payment', 'unordered-services'];
    const topics = review.items.filter((item) => items.includes(item.id)).map((item) => item.requiresTopic!);
    expect(topics).toHaveLength(items.length);
    const findings = reviewUntaggedText({
      text,
      requiredTopics: topics,
      clauses: library.clauses,
      topics: library.topics,
    });
    expect(findings.filter((f) => f.status !== 'found').map((f) => f.topic)).toEqual([]);
    const legal = findings.find((f) => f.topic === 'legal-basis');
    expect(legal?.status === 'found' && legal.evidence).toContain('servicelovens § 52');
  });
});

/** A value of 1 for every number, and plausible values for the rest. */
function valuesOf(fields: FieldDefinition[], number: string, optional: 'filled' | 'empty'): Record<string, string> {
  const sample: Record<FieldDefinition['type'], string> = {
    text: 'tekst',
    date: '2026-04-01',
    amount: '1000',
    number,
    cvr: '12345674',
    period: 'april 2026',
  };
  return Object.fromEntries(fields.map((f) => [f.key, !f.required && optional === 'empty' ? '' : sample[f.type]]));
}

const rendered = (number: string, optional: 'filled' | 'empty') =>
  DEMO_CLAUSES.map((seed) => {
    const input = toClauseInput(seed);
    return {
      key: seed.key,
      text: renderClauseParagraphs(input.paragraphs, input.fields, valuesOf(input.fields, number, optional)),
    };
  });

describe('demo clause text with values filled in', () => {
  it('reads right for the value 1: no "hver 1." and no plural noun after 1', () => {
    const wrong = rendered('1', 'filled').flatMap(({ key, text }) =>
      text
        .filter((t) =>
          /hver 1\.|\b1 (dage|hverdage|uger|måneder|timer)\b|\b1 (dages|måneders)\b|(de|alle|disse) første 1 /.test(t),
        )
        .map((t) => `${key}: ${t}`),
    );
    expect(wrong).toEqual([]);
    expect(
      rendered('3', 'filled')
        .find((c) => c.key === 'follow-up')
        ?.text.join(' '),
    ).toContain('hver tredje måned');
  });

  it('gives every number that counts something its noun', () => {
    const bare = DEMO_CLAUSES.flatMap((clause) =>
      clause.fields
        .filter((f) => f.type === 'number' && !f.unit)
        .filter((f) => !clause.text.some((t) => t.includes(`{{${f.key}}} %`)))
        .map((f) => `${clause.key}.${f.key}`),
    );
    expect(bare).toEqual([]);
  });

  it('keeps an optional field in a paragraph of its own, so leaving it empty breaks no sentence', () => {
    const mixed = DEMO_CLAUSES.flatMap((clause) => {
      const optional = clause.fields.filter((f) => !f.required).map((f) => `{{${f.key}}}`);
      const required = clause.fields.filter((f) => f.required).map((f) => `{{${f.key}}}`);
      return clause.text
        .filter((t) => optional.some((o) => t.includes(o)) && required.some((r) => t.includes(r)))
        .map(() => clause.key);
    });
    expect(mixed).toEqual([]);
    const broken = rendered('2', 'empty').filter(
      ({ text }) => text.length === 0 || text.some((t) => /\[|\{\{|\s{2}/.test(t)),
    );
    expect(broken.map((c) => c.key)).toEqual([]);
  });
});
