// A missing clause's place: beside its nearest neighbour in the template that the document holds.
import { templatePosition } from './position';

const sections = [
  ['parties', 'basis', 'term'],
  ['rate', 'regulation'],
  ['termination', 'disputes'],
];
const present = (...ids: string[]) => ids.map((clauseId) => ({ clauseId, version: 2 }));

describe('templatePosition', () => {
  it('goes after the nearest preceding clause of its section', () => {
    expect(templatePosition(sections, 'term', present('parties', 'rate'))).toEqual({
      at: 'after',
      clauseId: 'parties',
      version: 2,
    });
  });

  it('stays under its section heading: before the next clause of the section when none precedes in it', () => {
    expect(templatePosition(sections, 'rate', present('parties', 'term', 'regulation'))).toEqual({
      at: 'before',
      clauseId: 'regulation',
      version: 2,
    });
  });

  it('goes after the preceding section when its own section is empty', () => {
    expect(templatePosition(sections, 'rate', present('basis', 'disputes'))).toEqual({
      at: 'after',
      clauseId: 'basis',
      version: 2,
    });
  });

  it('goes before the first following clause when nothing precedes, and at the start when nothing is there', () => {
    expect(templatePosition(sections, 'parties', present('termination'))).toEqual({
      at: 'before',
      clauseId: 'termination',
      version: 2,
    });
    expect(templatePosition(sections, 'parties', [])).toEqual({ at: 'start' });
    expect(templatePosition([], 'unknown', present('rate'))).toEqual({ at: 'start' });
  });

  it('uses the version found in the document, the first copy when a clause occurs twice', () => {
    const found = [
      { clauseId: 'parties', version: 1 },
      { clauseId: 'parties', version: 3 },
    ];
    expect(templatePosition(sections, 'basis', found)).toEqual({ at: 'after', clauseId: 'parties', version: 1 });
  });
});
