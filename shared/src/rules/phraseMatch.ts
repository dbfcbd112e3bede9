// Where a recognition phrase occurs among a sentence's words: Danish word forms (Snowball stems, a noun's verb root),
// words inside compounds, `#` for any number, and phrases of parts joined by " + " that must share one sentence.
import { ANY_NUMBER, danishStem, isNumber, tokenize } from './danishWords';

export interface Word {
  text: string;
  stem: string;
  /** A noun's verb root ("afregning" → "afregn"), matching the verb's forms ("afregner", "afregnes"). */
  root?: string;
}

/** A phrase as words: one run of words, or several runs ("ekstra + periode") found anywhere in one sentence. */
export interface CompiledPhrase {
  phrase: string;
  parts: Word[][];
}

/** The words an occurrence matched, as indexes into the sentence's words (the words between them not included). */
export interface Matched {
  words: number[];
  /** Those matched as whole words, not as a part of a compound. */
  whole: number[];
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
/** What follows a stem in a word derived from it, not compounded with another ("betal|ingen", "regn|ing"). */
const DERIVED = /^(?:|e|en|er|ere|erne|es|et|ede|ende|ing|ingen|inger|ingerne|else|elsen|elser|s)$/;
/** Endings that inflect one word ("pris|erne", "opsige|s", "dække|t"), unlike those deriving another ("var|ighed"). */
const INFLECTIONS = new Set([...ENDINGS, 't', 'te', 'de', 'ede', 'ers', 'ns']);
/** Stems shorter than this match whole words only, never inside a compound. */
const MIN_COMPOUND_STEM = 4;
/** A stem this long at a word's end is the compound's last word; a shorter one may be chance ("servicel|ovens"). */
const SURE_TAIL = 6;
/** Words a phrase's words may have between them within one clause ("opsiges med 3 måneders varsel"). */
const MAX_GAP = 2;
/** Noun endings made from verbs: "afregn|ing", "opsig|else", "regul|ering" keep the verb's root before them. */
const NOUN_ENDING = /(?:ing|inger|else|elser)$/;
const MIN_ROOT = 5;
/** Spellings of one unit read as one word: "kroner", "DKK" and "kr." are "kr"; "per" and "pr." are "pr". */
const UNIT_SPELLINGS = new Map([
  ['kroner', 'kr'],
  ['dkk', 'kr'],
  ['kr', 'kr'],
  ['per', 'pr'],
  ['pr', 'pr'],
]);
/** What separates the parts of a phrase that need only share a sentence. */
const PART_SEPARATOR = /\s\+\s/;

/**
 * Words Snowball gives the stem of another word they are no form of: "selve" (the very) is not "selv" (oneself), and
 * "eftersendes" (is sent later) is cut to "efters", the start of "efterskole".
 */
const OWN_STEMS = new Set(['selve', 'eftersendes']);

function word(token: string): Word {
  const text = UNIT_SPELLINGS.get(token) ?? token;
  const own = text === ANY_NUMBER || isNumber(text) || OWN_STEMS.has(text);
  return { text, stem: own ? text : danishStem(text) };
}

function phraseWord(text: string): Word {
  const root = text.replace(NOUN_ENDING, '');
  return root !== text && root.length >= MIN_ROOT ? { ...word(text), root } : word(text);
}

/** Stands between a sentence's clauses: the words of a phrase never reach across it. */
const CLAUSE_BREAK: Word = { text: ',', stem: ',' };

/** A sentence's words, ready to match phrases against, with a break where a comma or semicolon ends a clause. */
export const sentenceWords = (sentence: string): Word[] =>
  sentence.split(/[,;]\s/).flatMap((clause, at) => [...(at > 0 ? [CLAUSE_BREAK] : []), ...tokenize(clause).map(word)]);

/** The phrase as words; null when a part of it holds no word. */
export function compilePhrase(phrase: string): CompiledPhrase | null {
  const parts = phrase.split(PART_SEPARATOR).map((part) => tokenize(part).map(phraseWord));
  return parts.every((part) => part.length > 0) ? { phrase, parts } : null;
}

/** What is left of a word after the part it shares with another, a doubled consonant dropped ("tilbud|d|et"). */
function remainder(word: string, shared: string): string {
  const rest = word.slice(shared.length);
  return rest.length > 1 && rest[0] === shared.at(-1) ? rest.slice(1) : rest;
}

/**
 * Whether two words of one stem are forms of one word: what follows their common start is an inflection in both
 * ("priserne"/"pris", "fakturerer"/"faktureres"), not a derivation that Snowball also strips ("varighed"/"var").
 */
function inflectedAlike(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  const start = a.slice(0, shared);
  return INFLECTIONS.has(remainder(a, start)) && INFLECTIONS.has(remainder(b, start));
}

/** Whether a word of the text is the phrase's word: a form of it (whole), or the phrase's word inside a compound. */
function matches(token: Word, wanted: Word): 'whole' | 'part' | 'tail' | false {
  if (wanted.text === ANY_NUMBER) return isNumber(token.text) && 'whole';
  if (token.text === wanted.text || (token.stem === wanted.stem && inflectedAlike(token.text, wanted.text))) {
    return 'whole';
  }
  if (isNumber(wanted.text) || wanted.stem.length < MIN_COMPOUND_STEM) return false;
  if (wanted.root && token.text.startsWith(wanted.root)) return 'part';
  if (token.text.startsWith(wanted.stem)) return !DERIVED.test(token.text.slice(wanted.stem.length)) && 'part';
  const at = token.text.lastIndexOf(wanted.stem);
  if (at <= 0) return false;
  const rest = token.text.slice(at + wanted.stem.length);
  if (!ENDINGS.has(rest) && !token.text.endsWith(wanted.text)) return false;
  return wanted.stem.length < SURE_TAIL ? 'tail' : 'part';
}

/** Whether a word found whole can carry a phrase beside a word's tail: a number or a longer word, not "i" or "og". */
const carries = (token: Word) => isNumber(token.text) || token.text.length >= MIN_COMPOUND_STEM;

/**
 * Every place the words occur in order in the sentence's words, at most `MAX_GAP` words apart; several words need at
 * least one of them whole.
 */
function runPlaces(tokens: readonly Word[], words: readonly Word[]): Matched[] {
  const [first, ...rest] = words;
  const places: Matched[] = [];
  if (!first) return places;
  for (let start = 0; start < tokens.length; start++) {
    const how = matches(tokens[start]!, first);
    if (!how) continue;
    let at = start;
    let tail = how === 'tail';
    const matched: Matched = { words: [start], whole: how === 'whole' ? [start] : [] };
    const complete = rest.every((wanted) => {
      const limit = Math.min(tokens.length - 1, at + MAX_GAP + 1);
      for (let next = at + 1; next <= limit && tokens[next] !== CLAUSE_BREAK; next++) {
        const found = matches(tokens[next]!, wanted);
        if (!found) continue;
        at = next;
        matched.words.push(next);
        if (found === 'whole') matched.whole.push(next);
        tail ||= found === 'tail';
        return true;
      }
      return false;
    });
    // Several words found only as pieces of other words ("månedsvis … betalingsfrist"), or a word's tail beside a short
    // word alone ("servicelovens i" is not "oven i"), are not the phrase.
    const carried = !tail || matched.whole.some((index) => carries(tokens[index]!));
    if (complete && (words.length === 1 || (matched.whole.length > 0 && carried))) places.push(matched);
  }
  return places;
}

/**
 * Each way the phrase occurs in the sentence, as the words it matched: every place of a one-part phrase; for parts
 * sharing a sentence, the first place of each part together. Empty when a part is absent.
 */
export function phraseOccurrences(tokens: readonly Word[], phrase: CompiledPhrase): Matched[] {
  const placesByPart = phrase.parts.map((part) => runPlaces(tokens, part));
  if (placesByPart.some((places) => places.length === 0)) return [];
  if (placesByPart.length === 1) return placesByPart[0]!;
  const firsts = placesByPart.map((places) => places[0]!);
  const whole = firsts.flatMap((place) => place.whole);
  // Parts found only as pieces of other words ("erhvervsansvar og arbejdsskade") are not the phrase either.
  return whole.length > 0 ? [{ words: firsts.flatMap((place) => place.words), whole }] : [];
}
