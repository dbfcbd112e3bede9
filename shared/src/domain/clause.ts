// Clause (klausul): a standard-contract clause with fields, guidance, recognition phrases and immutable versions.
import { z } from 'zod';

import { freeText, Id, Label, Meta, ParagraphCode, Timestamp, UserRef } from './common';
import { PublishedVersionFields, VersionedServerFields } from './versioned';

/** Topic key of a clause, e.g. `rate-basis`, `special-rate`, `termination`. Topics are data, not an enum. */
export const TopicKey = z.string().regex(/^[a-z][a-z0-9-]{1,47}$/, 'Emnet skal være små bogstaver og bindestreger');

export const FieldType = z.enum(['text', 'date', 'amount', 'number', 'cvr', 'period']);
export type FieldType = z.infer<typeof FieldType>;

/**
 * The noun a number field counts, so the sentence reads right for 1 and for more: `one` and `other` are its
 * singular and plural ("måned", "måneder"); `every` marks a field that follows "hver" ("hver måned", "hver 3. måned").
 */
export const FieldUnit = z.strictObject({
  one: freeText(40, 1),
  other: freeText(40, 1),
  every: z.boolean().default(false),
});
export type FieldUnit = z.infer<typeof FieldUnit>;

/** A named field a clause or template needs, e.g. `providerName`, `dailyRate`, `startDate`. */
export const FieldDefinition = z.strictObject({
  key: z.string().regex(/^[a-z][A-Za-z0-9]{0,47}$/, 'Feltnøglen skal være camelCase'),
  label: Label,
  type: FieldType,
  required: z.boolean().default(true),
  /** Only for `number` fields: the noun the number counts, rendered with it. */
  unit: FieldUnit.optional(),
});
export type FieldDefinition = z.infer<typeof FieldDefinition>;

/** One paragraph of clause text; `{{fieldKey}}` marks where a field's value goes. */
export const ClauseParagraph = z.strictObject({ text: freeText(4000, 1) });
export type ClauseParagraph = z.infer<typeof ClauseParagraph>;

export const ClauseStatus = z.enum(['draft', 'published', 'retired']);
export type ClauseStatus = z.infer<typeof ClauseStatus>;

export const Applicability = z.strictObject({
  /** Contract types the clause fits, e.g. `botilbud-107`; empty means all. */
  contractTypes: z.array(freeText(60, 1)).max(20).default([]),
  paragraphs: z.array(ParagraphCode).max(20).default([]),
});

/** What procurement writes. */
export const ClauseInput = z.object({
  title: Label,
  topic: TopicKey,
  paragraphs: z.array(ClauseParagraph).min(1).max(40),
  fields: z.array(FieldDefinition).max(40).default([]),
  /** Guidance for the case worker (vejledning). */
  guidance: freeText(8000).default(''),
  /** Words that reveal the topic in a contract the provider wrote, e.g. "takstgrundlag". */
  recognitionPhrases: z.array(freeText(80, 2)).max(40).default([]),
  applicability: Applicability.default({ contractTypes: [], paragraphs: [] }),
});
export type ClauseInput = z.infer<typeof ClauseInput>;

/** Server-owned clause fields. */
export const ClauseServerFields = {
  ...Meta,
  status: ClauseStatus,
  ...VersionedServerFields,
  /**
   * Who retired a published clause, when and why, and the published clause that takes its place, if any; set once,
   * with status `retired`.
   */
  retirement: z
    .strictObject({ at: Timestamp, by: UserRef, reason: z.string(), successorId: z.string().optional() })
    .optional(),
};

export const Clause = ClauseInput.extend(ClauseServerFields);
export type Clause = z.infer<typeof Clause>;

/** A published version: never changes once written. */
export const ClauseVersion = ClauseInput.extend({
  clauseId: z.string(),
  ...PublishedVersionFields,
  textHash: z.string(),
});
export type ClauseVersion = z.infer<typeof ClauseVersion>;

/**
 * Why a published clause is retired, shown in its history and to the case workers whose documents use it, and the
 * published clause the pane offers in its place.
 */
export const RetireClauseBody = z.strictObject({
  reason: freeText(1000, 1),
  successorId: z.string().min(1).max(100).optional(),
});

/** A reference to the clause versions a contract was built from. */
export const ClauseVersionRef = z.strictObject({ clauseId: Id, version: z.number().int().positive() });
export type ClauseVersionRef = z.infer<typeof ClauseVersionRef>;
