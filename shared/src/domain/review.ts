// Contract review record (kontraktgennemgang): who reviewed a case's contract, when, against what, and what was found.
import { z } from 'zod';

import { freeText, Id, Meta } from './common';

/** What a finding of a review is about; the add-in's review lists these. */
export const ReviewFindingKind = z.enum([
  'missingMandatory',
  'outdated',
  'deviating',
  'unknown',
  'emptyField',
  'conflictingAlternatives',
  'openChoice',
  'uncheckedItem',
  'missingTopic',
  'wrongTemplate',
]);
export type ReviewFindingKind = z.infer<typeof ReviewFindingKind>;

/** One finding: its kind, what it points at (clause id, field key, checklist item id, topic) and its title. */
export const ReviewFinding = z.strictObject({
  kind: ReviewFindingKind,
  ref: z.string().min(1).max(64),
  title: freeText(300, 1),
  /** A deviation accepted with a reason (the reason itself is recorded on the case). */
  accepted: z.boolean().default(false),
});
export type ReviewFinding = z.infer<typeof ReviewFinding>;

export const CheckedItem = z.strictObject({ checklistId: Id, itemId: z.string().min(1).max(48) });
export type CheckedItem = z.infer<typeof CheckedItem>;

/** What the reviewer sends: the kind of document, the template it was reviewed against, findings and ticks. */
export const CaseReviewInput = z.strictObject({
  /** `tagged`: built from the template; `untagged`: a provider's own contract read by recognition phrases. */
  mode: z.enum(['tagged', 'untagged']),
  templateId: Id.optional(),
  /** The document's title as Word shows it, for the reader of the record. */
  documentTitle: freeText(200).default(''),
  findings: z.array(ReviewFinding).max(500),
  checkedItems: z.array(CheckedItem).max(300).default([]),
});
export type CaseReviewInput = z.infer<typeof CaseReviewInput>;

/** Count of findings by kind; a kind without findings counts 0 (a review stored before a kind existed lacks it). */
export const FindingCounts = z.partialRecord(ReviewFindingKind, z.number().int().nonnegative());

/** The stored record: the reviewer and time are the creation stamps. */
export const CaseReview = CaseReviewInput.extend({
  ...Meta,
  caseId: Id,
  counts: FindingCounts,
  /** True when nothing is left open: every finding accepted, or none. */
  ok: z.boolean(),
});
export type CaseReview = z.infer<typeof CaseReview>;
