// Contract template (kontraktskabelon): legal basis as data and ordered sections of clause references.
import { z } from 'zod';

import { FieldDefinition } from './clause';
import { freeText, Id, Label, LegalReference, Meta } from './common';
import { PublishedVersionFields, VersionedServerFields } from './versioned';

/**
 * One alternative of a choice (valgfri variant): of a template's clauses that share a choice, a contract holds only the
 * one whose option fits the case and offer. `framework`: inside or outside a regional framework agreement (variant A
 * or B); `specialRate`: a særtakst that ends on a date or is reviewed every month.
 */
export const TemplateAlternative = z.discriminatedUnion('choice', [
  z.strictObject({ choice: z.literal('framework'), option: z.enum(['inside', 'outside']) }),
  z.strictObject({ choice: z.literal('specialRate'), option: z.enum(['endDate', 'monthlyReview']) }),
]);
export type TemplateAlternative = z.infer<typeof TemplateAlternative>;

export const TemplateClauseRef = z.strictObject({
  clauseId: Id,
  /** For an alternative: whether the choice must be made (one of its alternatives is then mandatory). */
  mandatory: z.boolean(),
  alternative: TemplateAlternative.optional(),
});
export type TemplateClauseRef = z.infer<typeof TemplateClauseRef>;

export const TemplateSection = z.strictObject({
  title: Label,
  clauses: z.array(TemplateClauseRef).max(60),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

export const TemplateInput = z.object({
  name: Label,
  description: freeText(4000).default(''),
  /** Contract type key, e.g. `botilbud-107`, `anbringelse-born`, `dagbehandling`. */
  contractType: freeText(60, 1),
  legalBasis: z.array(LegalReference).min(1).max(20),
  sections: z.array(TemplateSection).min(1).max(40),
  /** Fields the whole contract needs (party names, dates, rates), on top of those in its clauses. */
  fields: z.array(FieldDefinition).max(60).default([]),
  status: z.enum(['active', 'retired']).default('active'),
});
export type TemplateInput = z.infer<typeof TemplateInput>;

/** A template is a working copy procurement edits; Word offers its latest published version only. */
export const TemplateServerFields = { ...Meta, ...VersionedServerFields };
export const Template = TemplateInput.extend(TemplateServerFields);
export type Template = z.infer<typeof Template>;

/** A published version of a template: never changes once written. */
export const TemplateVersion = TemplateInput.extend({ templateId: z.string(), ...PublishedVersionFields });
export type TemplateVersion = z.infer<typeof TemplateVersion>;
