// A published clause version: its stable id and its index, to list a clause's versions in order.
import type { ClauseVersion } from '@koberollen/shared/domain/clause';

import { indexFields } from '../records/search';
import { versionDocId } from './versionId';

/** Id of the document holding a published clause version. */
export const clauseVersionId = versionDocId;

export type ClauseVersionIndex = { clauseId: string; version: number };

export function clauseVersionIndex(version: ClauseVersion): ClauseVersionIndex {
  return { clauseId: version.clauseId, version: version.version };
}

export const clauseVersionFields = indexFields<ClauseVersionIndex>();
