// The index of a checklist: name order, phase and purpose.
import type { Checklist } from '@koberollen/shared/domain/checklist';

import { indexFields, key } from '../records/search';

export type ChecklistIndex = { name: string; phase?: string; purpose: string };

export function checklistIndex(checklist: Checklist): ChecklistIndex {
  return {
    name: key(checklist.name),
    phase: checklist.phase,
    purpose: checklist.purpose,
  };
}

export const checklistFields = indexFields<ChecklistIndex>();
