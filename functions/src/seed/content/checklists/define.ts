// How a demo checklist is written down: the checklist input, with topics limited to the documented list and
// applicability written with the demo's contract type and paragraph keys.
import type { z } from 'zod';

import type { ChecklistInput, ChecklistItem } from '@koberollen/shared/domain/checklist';

import { type ContractType, type ParagraphKey, PARAGRAPHS } from '../contractTypes';
import type { Topic } from '../topics';

export interface SeedChecklistItem extends Omit<z.input<typeof ChecklistItem>, 'requiresTopic' | 'guidance'> {
  requiresTopic?: Topic;
  /** Every demo item tells the case worker why it is asked and what to do with the answer. */
  guidance: string;
}

export interface SeedChecklist extends Omit<z.input<typeof ChecklistInput>, 'items'> {
  items: SeedChecklistItem[];
}

/** Applicability of an item asked only of these contract types (and, if given, only under these paragraphs). */
export function only(types: ContractType[], codes: ParagraphKey[] = []) {
  return { contractTypes: [...types], paragraphs: codes.map((code) => PARAGRAPHS[code]) };
}
