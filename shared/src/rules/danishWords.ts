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

const TOKEN = /§|%|#|[\p{L}\p{N}]+(?:[.,:/-][\p{L}\p{N}]+)*/gu;
const NUMBER = /^\d[\d.,]*$/;

/** Whether a word is a number. */
export const isNumber = (token: string) => NUMBER.test(token);

/** The words of a text, lower-cased, numbers kept whole, a percent sign as the word "procent". */
export function tokenize(text: string): string[] {
  return [...text.toLowerCase().matchAll(TOKEN)].map(([token]) => (token === '%' ? 'procent' : token));
}

/**
 * A text's sentences: a break after ".", "!", "?", ":" or ";" followed by a capital letter, a number or a bullet,
 * and at every line break, so "kr. pr. døgn" and "2.640" stay whole.
 */
export function sentences(text: string): string[] {
  return text
    .split(/\r?\n|(?<=[.!?;:])\s+(?=[\p{Lu}\d•–-])/u)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}
