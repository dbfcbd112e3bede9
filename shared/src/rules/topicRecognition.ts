// Recognises the topics a contract text settles, in a provider's own wording: phrases kept as data per topic match
// Danish word forms, compound words, amounts with units (`#` is any number) and parts sharing a sentence (" + "); a
// longer phrase of another topic claims the words it matched ("ikke med i prisen" is no statement of what the price
// holds), and each topic found carries the sentence it was found in as evidence.
import { sentences } from './danishWords';
import {
  type CompiledPhrase,
  compilePhrase,
  type Matched,
  phraseOccurrences,
  sentenceWords,
  type Word,
} from './phraseMatch';

/** The phrases that reveal a topic, e.g. `termination`: "opsigelse", "# måneders varsel", "ekstra + periode". */
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

interface Occurrence {
  topic: string;
  phrase: string;
  words: Matched;
}

const MAX_EVIDENCE = 400;

/** Whether the longer occurrence matched, as whole words, every word the shorter one did. */
const covers = (longer: Matched, shorter: Matched) =>
  longer.words.length > shorter.words.length && shorter.words.every((index) => longer.whole.includes(index));

function evidenceOf(sentence: string): string {
  return sentence.length <= MAX_EVIDENCE ? sentence : `${sentence.slice(0, MAX_EVIDENCE - 1).trimEnd()}…`;
}

function vocabularyByTopic(vocabulary: readonly TopicVocabulary[]): Map<string, CompiledPhrase[]> {
  const phrasesByTopic = new Map<string, CompiledPhrase[]>();
  for (const { topic, phrases } of vocabulary) {
    const compiled = phrases.map(compilePhrase).filter((phrase): phrase is CompiledPhrase => phrase !== null);
    phrasesByTopic.set(topic, [...(phrasesByTopic.get(topic) ?? []), ...compiled]);
  }
  return phrasesByTopic;
}

/** Every occurrence of the given topics' phrases among a sentence's words, in the vocabulary's order. */
function occurrencesIn(
  tokens: Word[],
  phrasesByTopic: Map<string, CompiledPhrase[]>,
  topics: (topic: string) => boolean,
) {
  const found: Occurrence[] = [];
  for (const [topic, phrases] of phrasesByTopic) {
    if (!topics(topic)) continue;
    for (const phrase of phrases) {
      for (const words of phraseOccurrences(tokens, phrase)) found.push({ topic, phrase: phrase.phrase, words });
    }
  }
  return found;
}

/** An occurrence whose every word a longer occurrence of another topic matched belongs to that topic. */
function claimedByOthers(occurrence: Occurrence, all: readonly Occurrence[]): boolean {
  return all.some((other) => other.topic !== occurrence.topic && covers(other.words, occurrence.words));
}

/**
 * The topics the text settles, each with the first sentence (in text order) holding one of its phrases. Topics of
 * the vocabulary not found are absent from the result; a topic listed twice has its phrases joined.
 */
export function recognizeTopics(text: string, vocabulary: readonly TopicVocabulary[]): Map<string, TopicEvidence> {
  const phrasesByTopic = vocabularyByTopic(vocabulary);
  const found = new Map<string, TopicEvidence>();
  for (const sentence of sentences(text)) {
    if (found.size === phrasesByTopic.size) break;
    const tokens = sentenceWords(sentence);
    const candidates = occurrencesIn(tokens, phrasesByTopic, (topic) => !found.has(topic));
    if (candidates.length === 0) continue;
    const claimants = occurrencesIn(tokens, phrasesByTopic, (topic) => found.has(topic)).concat(candidates);
    for (const occurrence of candidates) {
      if (found.has(occurrence.topic) || claimedByOthers(occurrence, claimants)) continue;
      found.set(occurrence.topic, {
        topic: occurrence.topic,
        phrase: occurrence.phrase,
        sentence: evidenceOf(sentence),
      });
    }
  }
  return found;
}
