// The index of a case: reference order, phase, assigned case worker and the searchable text.
import type { Case } from '@koberollen/shared/domain/case';

import { indexFields, key, searchText } from '../records/search';

export type CaseIndex = { reference: string; phase: string; assignee: string; text: string };

export function caseIndex(entity: Case): CaseIndex {
  return {
    reference: key(entity.reference),
    phase: entity.phase,
    assignee: entity.assignee.userId,
    text: searchText(entity.reference, entity.title, entity.targetGroup),
  };
}

export const caseFields = indexFields<CaseIndex>();
