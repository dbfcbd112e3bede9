// Checklists (tjeklister): guidance per case phase, some requiring clause topics in a contract.
import { Checklist, ChecklistInput, ChecklistPurpose, ChecklistServerFields } from '../domain/checklist';
import { Phase } from '../domain/phase';
import { resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';

export const ChecklistFilters = {
  phase: Phase.optional(),
  purpose: ChecklistPurpose.optional(),
};

/** Checklists are replaced, never deleted: the API serves no DELETE for them. */
export const checklistRoutes = resourceRoutes({
  path: '/api/checklists',
  plural: 'checklists',
  names: ['Checklist', 'Checklists'],
  writers: WRITERS.library,
  input: ChecklistInput,
  entity: Checklist,
  serverFields: ChecklistServerFields,
  filters: ChecklistFilters,
});
