// How a demo clause is written down: a stable key, its text as plain strings and its applicability as keys.
import { ClauseInput, type FieldDefinition, type FieldType } from '@koberollen/shared/domain/clause';

import { type ContractType, type ParagraphKey, PARAGRAPHS } from '../contractTypes';
import type { Topic } from '../topics';

export interface SeedClause {
  /** Stable key templates, checklists and cases refer to, e.g. `special-rate-end`. */
  key: string;
  title: string;
  topic: Topic;
  /** Paragraph texts; `{{fieldKey}}` marks where a field's value goes. */
  text: string[];
  fields: FieldDefinition[];
  guidance: string;
  recognitionPhrases: string[];
  /** Contract types the clause fits; absent means all. */
  types?: ContractType[];
  codes?: ParagraphKey[];
}

/** A field definition; fields are required unless said otherwise. */
export function field(key: string, label: string, type: FieldType, required = true): FieldDefinition {
  return { key, label, type, required };
}

/** The clause as procurement would have typed it into the library (validated, defaults applied). */
export function toClauseInput(clause: SeedClause): ClauseInput {
  return ClauseInput.parse({
    title: clause.title,
    topic: clause.topic,
    paragraphs: clause.text.map((text) => ({ text })),
    fields: clause.fields,
    guidance: clause.guidance,
    recognitionPhrases: clause.recognitionPhrases,
    applicability: {
      contractTypes: clause.types ?? [],
      paragraphs: (clause.codes ?? []).map((code) => PARAGRAPHS[code]),
    },
  });
}
