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

/** Who is told of an incident outside office hours, and how the case worker is told: every incidents clause asks. */
export const INCIDENT_FIELDS: FieldDefinition[] = [
  field('emergencyContact', 'Kontakt uden for åbningstid (fx socialvagten)', 'text'),
  field('incidentChannel', 'Kanal for orientering (fx sikker e-mail)', 'text'),
];

/** Who the target group is and how much support is needed: asked of every adult's service. */
export const TARGET_GROUP_FIELDS: FieldDefinition[] = [
  field('targetGroup', 'Målgruppe', 'text'),
  field('supportLevel', 'Vurderet støtteniveau', 'text'),
];

/** Singular and plural of the nouns the demo clauses count. */
export const UNITS = {
  day: { one: 'dag', other: 'dage' },
  workingDay: { one: 'hverdag', other: 'hverdage' },
  week: { one: 'uge', other: 'uger' },
  month: { one: 'måned', other: 'måneder' },
  hour: { one: 'time', other: 'timer' },
} as const;

/**
 * A number field that renders with its noun ("1 måned", "3 måneder"); with `every` it follows "hver" in the text
 * ("hver måned", "hver tredje måned"), so no sentence reads "hver 1. måned".
 */
export function counted(key: string, label: string, unit: keyof typeof UNITS, every = false): FieldDefinition {
  return { key, label, type: 'number', required: true, unit: { ...UNITS[unit], every } };
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
