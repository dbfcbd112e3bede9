// Tests for clause text normalization and hashing.
import { clauseTextHash, normalizeClauseText, textHash } from './textHash';

describe('normalizeClauseText', () => {
  it('collapses whitespace and trims', () => {
    expect(normalizeClauseText('  Taksten\t reguleres\n\n årligt.\u00a0 ')).toBe('Taksten reguleres årligt.');
  });

  it('unifies quotes, dashes and ellipses and drops invisible characters', () => {
    expect(normalizeClauseText('„Leverandøren“ – jf. ‘bilag’ 1… tilbuds\u00adportalen\u200b')).toBe(
      `"Leverandøren" - jf. 'bilag' 1... tilbudsportalen`,
    );
  });

  it('replaces field placeholders with an empty placeholder', () => {
    expect(normalizeClauseText('Taksten er {{dailyRate}} kr. fra {{ startDate }}.')).toBe(
      'Taksten er {{}} kr. fra {{}}.',
    );
  });

  it('composes decomposed Danish letters', () => {
    expect(normalizeClauseText('a\u030a')).toBe('å');
  });
});

describe('textHash', () => {
  it('is cyrb53 of the normalized text as 14 hex digits', () => {
    expect(textHash('a')).toBe((7929297801672961).toString(16).padStart(14, '0'));
    expect(textHash('  a\n')).toBe(textHash('a'));
    expect(textHash('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('ignores layout noise and field keys but not wording', () => {
    const library = 'Taksten på {{dailyRate}} kr. reguleres årligt – dog højst med KL’s sats.';
    const fromWord = "Taksten på  {{rate}} kr.\nreguleres årligt - dog højst med KL's sats.";
    expect(textHash(fromWord)).toBe(textHash(library));
    expect(textHash(library.replace('højst', 'mindst'))).not.toBe(textHash(library));
    expect(textHash('Taksten.')).not.toBe(textHash('taksten.'));
  });
});

describe('clauseTextHash', () => {
  it('hashes the paragraphs joined by line breaks', () => {
    const paragraphs = [{ text: 'Første afsnit.' }, { text: 'Andet afsnit.' }];
    expect(clauseTextHash(paragraphs)).toBe(textHash('Første afsnit.\nAndet afsnit.'));
    expect(clauseTextHash(paragraphs)).not.toBe(clauseTextHash([{ text: 'Første afsnit.' }]));
    expect(clauseTextHash([])).toBe(textHash(''));
  });
});
