// Tests for which checklist items apply to a contract: by contract type, by paragraph, and in the required topics.
import type { ChecklistItem } from '../domain/checklist';
import { TemplateInput } from '../domain/template';
import { checklistItemApplies, checklistTopics, requiredTopicsOf, templateContext } from './documentReview';

const item = (id: string, applicability?: ChecklistItem['applicability']): ChecklistItem => ({
  id,
  text: `Punkt ${id}`,
  guidance: 'Vejledning.',
  requiresTopic: id,
  ...(applicability ? { applicability } : {}),
});

const weeklyHours = item('weekly-hours', { contractTypes: ['botilbud-107', 'botilbud-108'], paragraphs: [] });
const housing = item('housing-document', { contractTypes: [], paragraphs: ['SEL §108'] });
const open = item('rate-basis');

const childTemplate = TemplateInput.parse({
  name: 'Anbringelse',
  contractType: 'anbringelse-born',
  legalBasis: [
    { law: 'BL', section: '§43' },
    { law: 'BL', section: '§46' },
  ],
  sections: [{ title: 'Pris', clauses: [] }],
});

describe('checklist items by contract type and paragraph', () => {
  it('applies an item without limits everywhere, and a limited one only where it fits', () => {
    expect(checklistItemApplies(open, { contractType: 'anbringelse-born', paragraphs: ['BL §43'] })).toBe(true);
    expect(checklistItemApplies(weeklyHours, { contractType: 'botilbud-107' })).toBe(true);
    expect(checklistItemApplies(weeklyHours, { contractType: 'anbringelse-born' })).toBe(false);
    expect(checklistItemApplies(housing, { paragraphs: ['SEL §107', 'SEL §108'] })).toBe(true);
    expect(checklistItemApplies(housing, { paragraphs: ['SEL §107'] })).toBe(false);
  });

  it('limits nothing the context does not know', () => {
    expect(checklistItemApplies(weeklyHours, {})).toBe(true);
    expect(checklistItemApplies(housing, { contractType: 'botilbud-107' })).toBe(true);
  });

  it("reads a template's contract type and legal basis as the context", () => {
    expect(templateContext(childTemplate)).toEqual({
      contractType: 'anbringelse-born',
      paragraphs: ['BL §43', 'BL §46'],
    });
  });

  it('leaves out the topics of items that do not apply, in the required topics of a template too', () => {
    const checklists = [{ items: [weeklyHours, housing, open] }];
    expect(checklistTopics(checklists, { contractType: 'botilbud-108', paragraphs: ['SEL §108'] })).toEqual([
      'weekly-hours',
      'housing-document',
      'rate-basis',
    ]);
    expect(requiredTopicsOf(childTemplate, new Map(), checklists)).toEqual(['rate-basis']);
  });
});
