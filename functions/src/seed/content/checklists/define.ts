// How a demo checklist is written down: the checklist input, with topics limited to the documented list.
import type { z } from 'zod';

import type { ChecklistInput, ChecklistItem } from '@koberollen/shared/domain/checklist';

import type { Topic } from '../topics';

export interface SeedChecklistItem extends Omit<z.input<typeof ChecklistItem>, 'requiresTopic'> {
  requiresTopic?: Topic;
}

export interface SeedChecklist extends Omit<z.input<typeof ChecklistInput>, 'items'> {
  items: SeedChecklistItem[];
}
