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
  /** One contract type a line. */
  contractTypes: string;
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
    contractTypes: clause.applicability.contractTypes.join('\n'),
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
    applicability: { contractTypes: lines(draft.contractTypes), paragraphs: lines(draft.paragraphCodes) },
  };
}

/** The text with `{{key}}` put in at the caret, and where the caret goes after it. */
export function insertField(text: string, key: string, caret: number): { text: string; caret: number } {
  const at = Math.max(0, Math.min(text.length, caret));
  const placeholder = `{{${key}}}`;
  return { text: text.slice(0, at) + placeholder + text.slice(at), caret: at + placeholder.length };
}

/** Every field the given clauses define, once per key (the first definition wins), by label. */
export function knownFields(clauses: readonly { fields: readonly FieldDefinition[] }[]): FieldDefinition[] {
  const byKey = new Map<string, FieldDefinition>();
  for (const field of clauses.flatMap((clause) => clause.fields))
    if (!byKey.has(field.key)) byKey.set(field.key, field);
  return [...byKey.values()].sort((a, b) => a.label.localeCompare(b.label, 'da'));
}
