// Recognises the topics a contract text settles, in a provider's own wording: phrases kept as data per topic match
// Danish word forms, compound words, amounts with units (`#` is any number) and parts sharing a sentence (" + "); a
// longer phrase of another topic claims the words it matched ("ikke med i prisen" is no statement of what the price
// holds); a topic with cues counts only in a sentence holding one of them (or in a heading whose next sentence does),
// a sentence putting itself outside the agreement, denying a topic or putting it off settles nothing, nor does a
// question, and each topic found carries its sentence.
import { sentences } from './danishWords';
import {
  type CompiledPhrase,
  compilePhrase,
  type Matched,
  phraseOccurrences,
  sentenceWords,
  type Word,
} from './phraseMatch';
import type { TopicCues } from './topicCueShape';
import { DEFERRED, OUT_OF_SCOPE } from './topicSettlesNothing';

/** The phrases that reveal a topic, e.g. `termination`: "opsigelse", "# måneders varsel", "ekstra + periode". */
export interface TopicVocabulary {
  topic: string;
  phrases: readonly string[];
  /** What a sentence must (and must not) hold besides the phrase for the topic to be settled there. */
  cues?: TopicCues;
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

const compileAll = (phrases: readonly string[]) =>
  phrases.map(compilePhrase).filter((phrase): phrase is CompiledPhrase => phrase !== null);

const holdsAny = (tokens: Word[], phrases: readonly CompiledPhrase[]) =>
  phrases.some((phrase) => phraseOccurrences(tokens, phrase).length > 0);

/** A heading names a subject and commits to nothing: a few words, no full stop. */
const HEADING_WORDS = 6;
const isHeading = (sentence: string, tokens: Word[]) => tokens.length <= HEADING_WORDS && !/[.;!?]$/.test(sentence);
/** A question ("Opsigelse?") asks and settles nothing; as a heading its answer may, if that holds the topic's cues. */
const isQuestion = (sentence: string) => sentence.endsWith('?');

interface CompiledCues {
  required: CompiledPhrase[];
  excluding: CompiledPhrase[];
}

function vocabularyByTopic(vocabulary: readonly TopicVocabulary[]) {
  const phrasesByTopic = new Map<string, CompiledPhrase[]>();
  const cuesByTopic = new Map<string, CompiledCues>();
  for (const { topic, phrases, cues } of vocabulary) {
    phrasesByTopic.set(topic, [...(phrasesByTopic.get(topic) ?? []), ...compileAll(phrases)]);
    if (cues && !cuesByTopic.has(topic)) {
      cuesByTopic.set(topic, {
        required: compileAll(cues.required ?? []),
        excluding: compileAll(cues.excluding ?? []),
      });
    }
  }
  return { phrasesByTopic, cuesByTopic };
}

/** Whether the sentence's words show it is about something else or deny the topic. */
const excluded = (cues: CompiledCues | undefined, tokens: Word[]) => !!cues && holdsAny(tokens, cues.excluding);

/** Whether the sentence's words hold what the topic's cues ask for beside its phrase. */
function substantive(cues: CompiledCues | undefined, tokens: Word[]): boolean {
  if (!cues) return true;
  return (cues.required.length === 0 || holdsAny(tokens, cues.required)) && !excluded(cues, tokens);
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
 * The topics the text settles, each with the first sentence (in text order) holding one of its phrases and the cues
 * its topic asks for; a topic named in a heading is settled by the next sentence if that holds the cues. Topics of
 * the vocabulary not found are absent from the result; a topic listed twice has its phrases joined.
 */
export function recognizeTopics(text: string, vocabulary: readonly TopicVocabulary[]): Map<string, TopicEvidence> {
  const { phrasesByTopic, cuesByTopic } = vocabularyByTopic(vocabulary);
  const settlesNothing = compileAll([...OUT_OF_SCOPE, ...DEFERRED]);
  const found = new Map<string, TopicEvidence>();
  const settle = (occurrence: Occurrence, sentence: string) =>
    found.set(occurrence.topic, { topic: occurrence.topic, phrase: occurrence.phrase, sentence: evidenceOf(sentence) });
  let headed: Occurrence[] = [];
  for (const sentence of sentences(text)) {
    if (found.size === phrasesByTopic.size) break;
    const tokens = sentenceWords(sentence);
    const fromHeading = headed.filter((o) => !found.has(o.topic) && substantive(cuesByTopic.get(o.topic), tokens));
    headed = [];
    if (holdsAny(tokens, settlesNothing)) continue;
    for (const occurrence of fromHeading) settle(occurrence, sentence);
    const candidates = occurrencesIn(tokens, phrasesByTopic, (topic) => !found.has(topic));
    if (candidates.length === 0) continue;
    const claimants = occurrencesIn(tokens, phrasesByTopic, (topic) => found.has(topic)).concat(candidates);
    for (const occurrence of candidates) {
      if (found.has(occurrence.topic) || claimedByOthers(occurrence, claimants)) continue;
      const cues = cuesByTopic.get(occurrence.topic);
      if (isQuestion(sentence)) headed.push(occurrence);
      else if (substantive(cues, tokens)) settle(occurrence, sentence);
      else if (isHeading(sentence, tokens) && !excluded(cues, tokens)) headed.push(occurrence);
    }
  }
  return found;
}
