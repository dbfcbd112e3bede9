// foldForSearch: Danish letters and their two-letter spellings fold alike, case and accents are ignored.
import { foldForSearch } from './searchFold';

describe('foldForSearch', () => {
  it.each([
    ['Bostøtte', 'bostotte'],
    ['Bostøtte', 'Bostoette'],
    ['Århus', 'aarhus'],
    ['Ærø', 'aeroe'],
    ['Café', 'cafe'],
  ])('folds %s and %s alike', (a, b) => {
    expect(foldForSearch(a)).toBe(foldForSearch(b));
  });

  it('keeps different words apart', () => {
    expect(foldForSearch('Bostøtte')).not.toBe(foldForSearch('Bostutte'));
    expect(foldForSearch('Hyldegården')).toContain(foldForSearch('gaarden'));
  });
});
