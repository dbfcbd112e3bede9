// Audit event: who changed what, when, and a summary of the change.
import { z } from 'zod';

import { Timestamp, UserRef } from './common';

export const AuditAction = z.enum([
  'create',
  'update',
  'delete',
  'publish',
  'retire',
  'transition',
  'deviation',
  'note',
  'review',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEvent = z.object({
  id: z.string(),
  at: Timestamp,
  actor: UserRef,
  action: AuditAction,
  entityKind: z.string(),
  entityId: z.string(),
  summary: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
