// Checklist (tjekliste): items with guidance for one phase; an item may require a clause topic and apply to some
// contract types or paragraphs only.
import { z } from 'zod';

import { Applicability, TopicKey } from './clause';
import { freeText, Label, Meta } from './common';
import { Phase } from './phase';

export const ChecklistItem = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/),
  text: freeText(500, 1),
  guidance: freeText(4000).default(''),
  /** The clause topic this item requires in the contract, e.g. `rate-basis`. */
  requiresTopic: TopicKey.optional(),
  /**
   * Contract types and paragraphs the item applies to, as for clauses; absent or empty means all. A review of a
   * contract of another type (or under another paragraph) skips the item.
   */
  applicability: Applicability.optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ChecklistPurpose = z.enum(['contractReview', 'questionGuide', 'followUp', 'needAssessment']);

export const ChecklistInput = z.object({
  name: Label,
  phase: Phase,
  purpose: ChecklistPurpose,
  items: z.array(ChecklistItem).min(1).max(100),
});
export type ChecklistInput = z.infer<typeof ChecklistInput>;

export const ChecklistServerFields = { ...Meta };
export const Checklist = ChecklistInput.extend(ChecklistServerFields);
export type Checklist = z.infer<typeof Checklist>;
