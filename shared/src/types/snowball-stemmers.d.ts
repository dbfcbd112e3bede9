// Types of the Snowball stemmers package (it ships none): one stemmer per language, stemming one lower-case word.
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
}
