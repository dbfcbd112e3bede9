// Tests for the clause editor's working copy: lines to lists, unused fields dropped, fields inserted at the caret.
import type { ClauseInput, FieldDefinition } from '@koberollen/shared/domain/clause';

import { draftOf, fieldKeysIn, inputOf, insertField, knownFields } from './clauseDraft';
import { keyed } from './reorder';

const rate: FieldDefinition = { key: 'dailyRate', label: 'Døgntakst', type: 'amount', required: true };
const start: FieldDefinition = { key: 'startDate', label: 'Startdato', type: 'date', required: true };

const clause: ClauseInput = {
  title: 'Takst',
  topic: 'rate',
  paragraphs: [{ text: 'Taksten er {{dailyRate}} kr. pr. døgn.' }, { text: 'Fra {{startDate}}.' }],
  fields: [rate, start],
  guidance: 'Kontrollér taksten.',
  recognitionPhrases: ['takst', 'døgnpris'],
  applicability: { contractTypes: ['botilbud-107'], paragraphs: ['SEL §107'] },
};

describe('clause draft', () => {
  it('round-trips a clause through the editor unchanged', () => {
    expect(inputOf(draftOf(clause))).toEqual(clause);
  });

  it('drops empty paragraphs, blank and repeated lines, and fields the text no longer names', () => {
    const draft = draftOf(clause);
    draft.paragraphs = [keyed(' Taksten er {{dailyRate}} kr. '), keyed('   ')];
    draft.recognitionPhrases = 'takst\n\n takst \nsærtakst';
    const input = inputOf(draft);
    expect(input.paragraphs).toEqual([{ text: 'Taksten er {{dailyRate}} kr.' }]);
    expect(input.fields).toEqual([rate]);
    expect(input.recognitionPhrases).toEqual(['takst', 'særtakst']);
  });

  it('inserts a placeholder at the caret, clamped to the text', () => {
    expect(insertField('Taksten er  kr.', 'dailyRate', 11)).toEqual({
      text: 'Taksten er {{dailyRate}} kr.',
      caret: 24,
    });
    expect(insertField('Fra ', 'startDate', 99).text).toBe('Fra {{startDate}}');
  });

  it('lists the field keys a text names once each, and every known field once by label', () => {
    expect(fieldKeysIn(['{{b}} og {{a}}', '{{b}}'])).toEqual(['b', 'a']);
    const other = { ...rate, label: 'Anden takst' };
    expect(knownFields([{ fields: [start, rate] }, { fields: [other] }])).toEqual([rate, start]);
  });
});
