// Checklists: guidance per case phase, listed by phase and purpose, written by procurement.
import type { z } from 'zod';

import { ChecklistFilters, checklistRoutes } from '@koberollen/shared/api/checklists.contract';
import { type Checklist, ChecklistInput, ChecklistServerFields } from '@koberollen/shared/domain/checklist';

import { eq, key } from '../entities/search';
import type { IndexFields } from '../store/types';
import { resourceFunctions } from './resource';

type ChecklistFilterValues = z.infer<z.ZodObject<typeof ChecklistFilters>>;

/** Index projection of a checklist: name order, phase and purpose. */
export function checklistIndex(checklist: Checklist): IndexFields {
  return {
    name: key(checklist.name),
    phase: checklist.phase,
    purpose: checklist.purpose,
  };
}

export const routes = resourceFunctions({
  name: 'checklists',
  kind: 'checklist',
  noun: 'Tjeklisten',
  routes: checklistRoutes,
  input: ChecklistInput,
  serverFields: ChecklistServerFields,
  index: checklistIndex,
  orderBy: 'name',
  filters: (query: ChecklistFilterValues) => [...eq('phase', query.phase), ...eq('purpose', query.purpose)],
  describe: (checklist: Checklist) => checklist.name,
  initial: () => ({}),
});
