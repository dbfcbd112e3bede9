// Tests for rendering clause text: singular and plural nouns, "hver" intervals, dates, amounts and optional fields.
import type { FieldDefinition } from '../domain/clause';
import { clauseTextParts, renderClauseParagraphs, withUnit } from './clauseText';

const months = { one: 'måned', other: 'måneder', every: false };
const field = (key: string, type: FieldDefinition['type'], extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  key,
  label: key,
  type,
  required: true,
  ...extra,
});

describe('clause text with field values', () => {
  it('writes a count with its noun in singular or plural', () => {
    expect(withUnit(1, months)).toBe('1 måned');
    expect(withUnit(3, months)).toBe('3 måneder');
    expect(withUnit(1.5, months)).toBe('1,5 måneder');
  });

  it('writes an interval after "hver" without "1."', () => {
    const every = { ...months, every: true };
    expect(withUnit(1, every)).toBe('måned');
    expect(withUnit(3, every)).toBe('tredje måned');
    expect(withUnit(12, every)).toBe('12. måned');
  });

  it('renders a paragraph with its values, dates and amounts the Danish way', () => {
    const fields = [
      field('cadence', 'number', { unit: { ...months, every: true } }),
      field('notice', 'number', { unit: months }),
      field('from', 'date'),
      field('rate', 'amount'),
    ];
    const text = 'Møde hver {{cadence}}, varsel {{notice}}, fra den {{from}}, takst {{rate}} kr.';
    expect(
      renderClauseParagraphs([{ text }], fields, { cadence: '1', notice: '1', from: '2026-02-01', rate: '1234.5' }),
    ).toEqual(['Møde hver måned, varsel 1 måned, fra den 01.02.2026, takst 1.234,50 kr.']);
  });

  it('leaves out a paragraph whose optional field is empty and marks an empty required field', () => {
    const fields = [
      field('cap', 'amount', { required: false }),
      field('name', 'text', { label: 'Leverandørens navn' }),
    ];
    const paragraphs = [{ text: 'Leverandøren er {{name}}.' }, { text: 'Loftet er {{cap}} kr.' }];
    expect(renderClauseParagraphs(paragraphs, fields, { cap: ' ' })).toEqual(['Leverandøren er [Leverandørens navn].']);
    expect(renderClauseParagraphs(paragraphs, fields, { name: 'Bocentret', cap: '5000' })).toEqual([
      'Leverandøren er Bocentret.',
      'Loftet er 5.000,00 kr.',
    ]);
  });
});

describe('clause text parts', () => {
  it('cuts a paragraph into text runs and field placeholders in order', () => {
    expect(clauseTextParts('Taksten er {{ dailyRate }} kr. fra {{startDate}}')).toEqual([
      { kind: 'text', text: 'Taksten er ' },
      { kind: 'field', key: 'dailyRate' },
      { kind: 'text', text: ' kr. fra ' },
      { kind: 'field', key: 'startDate' },
    ]);
    expect(clauseTextParts('Ingen felter.')).toEqual([{ kind: 'text', text: 'Ingen felter.' }]);
    expect(clauseTextParts('')).toEqual([]);
  });
});
