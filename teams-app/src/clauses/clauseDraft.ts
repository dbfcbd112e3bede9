// A clause's working copy as the editor holds it (lists typed one per line), back to the API's input, and the
// named fields: which a text uses, inserting one at the caret, and the fields the whole library knows.
import type { ClauseInput, FieldDefinition } from '@koberollen/shared/domain/clause';
import { clauseTextParts } from '@koberollen/shared/rules/clauseText';

import { type Keyed, keyed } from './reorder';

export interface ClauseDraft {
  title: string;
  topic: string;
  paragraphs: Keyed<string>[];
  fields: FieldDefinition[];
  guidance: string;
  /** One phrase a line. */
  recognitionPhrases: string;
  /** The contract types' keys, chosen by name. */
  contractTypes: string[];
  /** One paragraph code a line, e.g. `SEL §107`. */
  paragraphCodes: string;
}

const lines = (text: string) => [
  ...new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  ),
];

export function draftOf(clause: ClauseInput): ClauseDraft {
  return {
    title: clause.title,
    topic: clause.topic,
    paragraphs: clause.paragraphs.map((p) => keyed(p.text)),
    fields: clause.fields,
    guidance: clause.guidance,
    recognitionPhrases: clause.recognitionPhrases.join('\n'),
    contractTypes: [...clause.applicability.contractTypes],
    paragraphCodes: clause.applicability.paragraphs.join('\n'),
  };
}

/** The keys of the fields a text names, each once, in order. */
export function fieldKeysIn(texts: readonly string[]): string[] {
  const keys = texts.flatMap((text) =>
    clauseTextParts(text).flatMap((part) => (part.kind === 'field' ? [part.key] : [])),
  );
  return [...new Set(keys)];
}

/** The input the API takes: empty paragraphs left out, and only the fields the text still names. */
export function inputOf(draft: ClauseDraft): ClauseInput {
  const paragraphs = draft.paragraphs.map((p) => p.value.trim()).filter(Boolean);
  const used = new Set(fieldKeysIn(paragraphs));
  return {
    title: draft.title.trim(),
    topic: draft.topic.trim(),
    paragraphs: paragraphs.map((text) => ({ text })),
    fields: draft.fields.filter((field) => used.has(field.key)),
    guidance: draft.guidance.trim(),
    recognitionPhrases: lines(draft.recognitionPhrases),
    applicability: { contractTypes: [...new Set(draft.contractTypes)], paragraphs: lines(draft.paragraphCodes) },
  };
}

/** The text with the field's shown name (`[Døgntakst]`) put in at the caret, and where the caret goes after it. */
export function insertField(shown: string, field: FieldDefinition, caret: number): { text: string; caret: number } {
  const at = Math.max(0, Math.min(shown.length, caret));
  const name = `[${field.label}]`;
  return { text: shown.slice(0, at) + name + shown.slice(at), caret: at + name.length };
}

/**
 * A paragraph as the editor shows it: each field by its Danish name in brackets, `[Døgntakst]`, as the Word
 * preview shows it; a key no field defines stays as written.
 */
export function shownText(text: string, fields: readonly FieldDefinition[]): string {
  const labels = new Map(fields.map((field) => [field.key, field.label]));
  return clauseTextParts(text)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const label = labels.get(part.key);
      return label ? `[${label}]` : `{{${part.key}}}`;
    })
    .join('');
}

/** The paragraph as stored from the shown text: each `[name]` of a known field back to its `{{key}}`. */
export function storedText(shown: string, fields: readonly FieldDefinition[]): string {
  const keys = new Map<string, string>();
  for (const field of fields) if (!keys.has(field.label)) keys.set(field.label, field.key);
  return shown.replace(/\[([^[\]\n]+)\]/g, (whole, name: string) => {
    const key = keys.get(name);
    return key ? `{{${key}}}` : whole;
  });
}

/** Every field the given clauses define, once per key (the first definition wins), by label. */
export function knownFields(clauses: readonly { fields: readonly FieldDefinition[] }[]): FieldDefinition[] {
  const byKey = new Map<string, FieldDefinition>();
  for (const field of clauses.flatMap((clause) => clause.fields))
    if (!byKey.has(field.key)) byKey.set(field.key, field);
  return [...byKey.values()].sort((a, b) => a.label.localeCompare(b.label, 'da'));
}

const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/**
 * The key a new field is stored under, made from its Danish name, so people name fields and never type keys:
 * "Opsigelsesvarsel (måneder)" is `opsigelsesvarselMaaneder`; a key already in use gets a number (`…2`).
 */
export function fieldKeyOf(label: string, taken: readonly string[]): string {
  const words = label
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const joined = words.map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  const base = (/^[a-z]/.test(joined) ? joined : `felt${joined}`).slice(0, 44);
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}${n}`;
  return key;
}
