// Audit events and record stamps: every write carries who and when, and adds an event to the audit trail.
import { randomUUID } from 'node:crypto';

import type { AuditAction, AuditEvent } from '@koberollen/shared/domain/audit';
import type { UserRef } from '@koberollen/shared/domain/common';
import type { User } from '@koberollen/shared/domain/user';

import { auditIndex } from '../indexes/audit';
import type { DocKind, WriteOp } from '../store/types';

export function userRef(user: User): UserRef {
  return { userId: user.userId, name: user.name };
}

/** Creation stamps for a new record. */
export function createdStamp(user: User, now: Date) {
  const ref = userRef(user);
  const at = now.toISOString();
  return { createdAt: at, createdBy: ref, updatedAt: at, updatedBy: ref };
}

/** Update stamps, keeping the record's creation stamps. */
export function updatedStamp<T extends { createdAt: string; createdBy: UserRef }>(existing: T, user: User, now: Date) {
  return {
    createdAt: existing.createdAt,
    createdBy: existing.createdBy,
    updatedAt: now.toISOString(),
    updatedBy: userRef(user),
  };
}

export interface AuditEntry {
  action: AuditAction;
  entityKind: DocKind;
  entityId: string;
  summary: string;
}

/** The write operation that records an audit event. */
export function auditOp(user: User, now: Date, entry: AuditEntry): Extract<WriteOp, { op: 'create' }> {
  const event: AuditEvent = { id: randomUUID(), at: now.toISOString(), actor: userRef(user), ...entry };
  return {
    op: 'create',
    kind: 'audit',
    id: event.id,
    body: event,
    index: auditIndex(event),
  };
}

/** The product itself as the actor of scheduled jobs and demo seeding. */
export function systemUser(tenantId: string): User {
  return { tenantId, userId: 'system', name: 'Køberollen', roles: [] };
}
