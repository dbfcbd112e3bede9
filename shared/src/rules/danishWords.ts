// Danish words for text recognition: sentences, word tokens (numbers as one token) and Snowball's Danish stems.
import { newStemmer } from 'snowball-stemmers';

const stemmer = newStemmer('danish');
const stems = new Map<string, string>();

/** The Danish Snowball stem of a lower-case word, cached. */
export function danishStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer.stem(word);
    if (stems.size > 50_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** The word a phrase writes for any number ("2.640", "4", "620,40"). */
export const ANY_NUMBER = '#';

/** A word or number: ".", ",", ":" and "-" join its parts, "/" only between digits ("2025/26", not "kr/døgn"). */
const TOKEN = /§|%|#|[\p{L}\p{N}]+(?:(?:[.,:-]|(?<=\d)\/(?=\d))[\p{L}\p{N}]+)*/gu;
const NUMBER = /^\d[\d.,]*$/;

/** Whether a word is a number. */
export const isNumber = (token: string) => NUMBER.test(token);

/** The words of a text, lower-cased, numbers kept whole, a percent sign as the word "procent". */
export function tokenize(text: string): string[] {
  return [...text.toLowerCase().matchAll(TOKEN)].map(([token]) => (token === '%' ? 'procent' : token));
}

/** Abbreviations after which a full stop before a number ends no sentence ("kr. 2.640", "ca. 30 dage"). */
const ABBREVIATIONS = 'kr|pr|ca|nr|jf|fx|stk|kl|inkl|ekskl|md|mdr|pkt|mv|evt';
const SENTENCE_BREAK = new RegExp(
  [
    '\\r?\\n',
    '(?<=[.!?;])\\s+(?=[\\p{Lu}•–-])',
    `(?<=[!?;]|(?<!\\b(?:${ABBREVIATIONS}))\\.)\\s+(?=\\d)`,
    '(?<=:)\\s+(?=[\\p{Lu}•–-])',
  ].join('|'),
  'u',
);

/**
 * A text's sentences: a break after ".", "!", "?" or ";" followed by a capital letter, a bullet or a number (not a
 * number after an abbreviation such as "kr." or "ca."), after ":" followed by a capital letter or a bullet, and at
 * every line break, so "kr. pr. døgn", "2.640", "kr. 2.640" and a label with its amount ("Pris: 2.450 kr.") stay whole.
 */
export function sentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}
