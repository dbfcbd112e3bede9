// The index of an audit event: the record it concerns, newest first.
import type { AuditEvent } from '@koberollen/shared/domain/audit';

import { indexFields } from '../records/search';
import { newestFirstKey } from './order';

export type AuditIndex = { entityId: string; entityKind: string; newestFirst: number };

export function auditIndex(event: AuditEvent): AuditIndex {
  return { entityId: event.entityId, entityKind: event.entityKind, newestFirst: newestFirstKey(new Date(event.at)) };
}

export const auditFields = indexFields<AuditIndex>();
