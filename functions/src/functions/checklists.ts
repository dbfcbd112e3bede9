// Checklists: guidance per case phase, listed by phase and purpose, written by procurement.
import type { z } from 'zod';

import { ChecklistFilters, checklistRoutes } from '@koberollen/shared/api/checklists.contract';
import { type Checklist, ChecklistInput, ChecklistServerFields } from '@koberollen/shared/domain/checklist';

import { checklistFields, checklistIndex } from '../indexes/checklist';
import { resourceFunctions } from './resource';

type ChecklistFilterValues = z.infer<z.ZodObject<typeof ChecklistFilters>>;

export const routes = resourceFunctions({
  name: 'checklists',
  kind: 'checklist',
  noun: 'Tjeklisten',
  routes: checklistRoutes,
  input: ChecklistInput,
  serverFields: ChecklistServerFields,
  index: checklistIndex,
  orderBy: checklistFields.order('name'),
  filters: (query: ChecklistFilterValues) => [
    ...checklistFields.eq('phase', query.phase),
    ...checklistFields.eq('purpose', query.purpose),
  ],
  describe: (checklist: Checklist) => checklist.name,
  initial: () => ({}),
});
