// Recognises the topics a contract text settles, in a provider's own wording: phrases kept as data per topic match
// Danish word forms (Snowball stems), compound words and amounts (`#` is any number), and each topic found carries
// the sentence it was found in as evidence.
import { ANY_NUMBER, danishStem, isNumber, sentences, tokenize } from './danishWords';

/** The phrases that reveal a topic, e.g. `termination`: "opsigelse", "# måneders varsel". */
export interface TopicVocabulary {
  topic: string;
  phrases: readonly string[];
}

/** Where a topic was found: the phrase that matched and the sentence holding it. */
export interface TopicEvidence {
  topic: string;
  phrase: string;
  sentence: string;
}

interface Word {
  text: string;
  stem: string;
  /** A noun's verb root ("afregning" → "afregn"), matching the verb's forms ("afregner", "afregnes"). */
  root?: string;
}

interface CompiledPhrase {
  phrase: string;
  words: Word[];
}

/** Endings a word may carry at the end of a compound ("døgn|taksten", "tillægs|ydelser"). */
const ENDINGS = new Set([
  '',
  'e',
  'en',
  'er',
  'erne',
  'et',
  'ets',
  'ens',
  'es',
  's',
  'n',
  'ne',
  'r',
  're',
  'rne',
  'ret',
]);
/** Stems shorter than this match whole words only, never inside a compound. */
const MIN_COMPOUND_STEM = 4;
/** Words a phrase's words may have between them within one sentence ("opsiges med 3 måneders varsel"). */
const MAX_GAP = 2;
const MAX_EVIDENCE = 400;

/** Noun endings made from verbs: "afregn|ing", "opsig|else", "regul|ering" keep the verb's root before them. */
const NOUN_ENDING = /(?:ing|inger|else|elser)$/;
const MIN_ROOT = 5;

const word = (text: string): Word => ({ text, stem: text === ANY_NUMBER || isNumber(text) ? text : danishStem(text) });

function phraseWord(text: string): Word {
  const root = text.replace(NOUN_ENDING, '');
  return root !== text && root.length >= MIN_ROOT ? { ...word(text), root } : word(text);
}

function compile(phrase: string): CompiledPhrase {
  return { phrase, words: tokenize(phrase).map(phraseWord) };
}

/** Whether a word of the text is the phrase's word: the same stem, or the phrase's word as part of a compound. */
function matches(token: Word, wanted: Word): boolean {
  if (wanted.text === ANY_NUMBER) return isNumber(token.text);
  if (token.stem === wanted.stem || token.text === wanted.text) return true;
  if (isNumber(wanted.text) || wanted.stem.length < MIN_COMPOUND_STEM) return false;
  if (token.text.startsWith(wanted.stem) || (wanted.root && token.text.startsWith(wanted.root))) return true;
  const at = token.text.lastIndexOf(wanted.stem);
  if (at <= 0) return false;
  const rest = token.text.slice(at + wanted.stem.length);
  return ENDINGS.has(rest) || token.text.endsWith(wanted.text);
}

/** Whether the phrase's words occur in order in the sentence's words, at most `MAX_GAP` words apart. */
function occursIn(tokens: readonly Word[], phrase: CompiledPhrase): boolean {
  const [first, ...rest] = phrase.words;
  if (!first) return false;
  for (let start = 0; start < tokens.length; start++) {
    if (!matches(tokens[start]!, first)) continue;
    let at = start;
    const complete = rest.every((wanted) => {
      const limit = Math.min(tokens.length - 1, at + MAX_GAP + 1);
      for (let next = at + 1; next <= limit; next++) {
        if (matches(tokens[next]!, wanted)) {
          at = next;
          return true;
        }
      }
      return false;
    });
    if (complete) return true;
  }
  return false;
}

function evidenceOf(sentence: string): string {
  return sentence.length <= MAX_EVIDENCE ? sentence : `${sentence.slice(0, MAX_EVIDENCE - 1).trimEnd()}…`;
}

/**
 * The topics the text settles, each with the first sentence (in text order) holding one of its phrases. Topics of
 * the vocabulary not found are absent from the result; a topic listed twice has its phrases joined.
 */
export function recognizeTopics(text: string, vocabulary: readonly TopicVocabulary[]): Map<string, TopicEvidence> {
  const phrasesByTopic = new Map<string, CompiledPhrase[]>();
  for (const { topic, phrases } of vocabulary) {
    const compiled = phrases.map(compile).filter((phrase) => phrase.words.length > 0);
    phrasesByTopic.set(topic, [...(phrasesByTopic.get(topic) ?? []), ...compiled]);
  }
  const found = new Map<string, TopicEvidence>();
  for (const sentence of sentences(text)) {
    if (found.size === phrasesByTopic.size) break;
    const tokens = tokenize(sentence).map(word);
    for (const [topic, phrases] of phrasesByTopic) {
      if (found.has(topic)) continue;
      const hit = phrases.find((phrase) => occursIn(tokens, phrase));
      if (hit) found.set(topic, { topic, phrase: hit.phrase, sentence: evidenceOf(sentence) });
    }
  }
  return found;
}
