// Folds text for search so that Danish letters and their plain spellings match: "bostotte" finds "Bostøtte".

/**
 * Lower-cases and folds: æ/ae → a, ø/oe → o, å/aa → a, other accents dropped (é → e). Both the stored search text and
 * the words searched for are folded the same way, so any of the spellings finds the others.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('da-DK')
    .replace(/æ|ae/g, 'a')
    .replace(/ø|oe/g, 'o')
    .replace(/å|aa/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
