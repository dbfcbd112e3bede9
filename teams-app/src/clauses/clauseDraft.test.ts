// Tests for the clause editor's working copy: lines to lists, unused fields dropped, fields inserted at the caret.
import type { ClauseInput, FieldDefinition } from '@koberollen/shared/domain/clause';

import {
  draftOf,
  fieldKeyOf,
  fieldKeysIn,
  inputOf,
  insertField,
  knownFields,
  shownText,
  storedText,
} from './clauseDraft';
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
    expect(insertField('Taksten er  kr.', rate, 11)).toEqual({ text: 'Taksten er [Døgntakst] kr.', caret: 22 });
    expect(insertField('Fra ', start, 99).text).toBe('Fra [Startdato]');
  });

  it('shows fields by name in brackets and stores them by key again', () => {
    const stored = 'Fra {{startDate}} er taksten {{dailyRate}} kr. ({{missing}}).';
    const shown = shownText(stored, [rate, start]);
    expect(shown).toBe('Fra [Startdato] er taksten [Døgntakst] kr. ({{missing}}).');
    expect(storedText(shown, [rate, start])).toBe(stored);
    expect(storedText('Se [bilag 2] og [Døgntakst]', [rate])).toBe('Se [bilag 2] og {{dailyRate}}');
  });

  it('lists the field keys a text names once each, and every known field once by label', () => {
    expect(fieldKeysIn(['{{b}} og {{a}}', '{{b}}'])).toEqual(['b', 'a']);
    const other = { ...rate, label: 'Anden takst' };
    expect(knownFields([{ fields: [start, rate] }, { fields: [other] }])).toEqual([rate, start]);
  });
});

describe('fieldKeyOf', () => {
  it('makes the key from the Danish name, with æ, ø and å spelt out', () => {
    expect(fieldKeyOf('Opsigelsesvarsel (måneder)', [])).toBe('opsigelsesvarselMaaneder');
    expect(fieldKeyOf('Særtakst før ændring', [])).toBe('saertakstFoerAendring');
    expect(fieldKeyOf('Café-pris', [])).toBe('cafePris');
  });

  it('starts with a letter and numbers a key already in use', () => {
    expect(fieldKeyOf('18 år', [])).toBe('felt18Aar');
    expect(fieldKeyOf('Døgntakst', ['doegntakst', 'doegntakst2'])).toBe('doegntakst3');
  });
});
