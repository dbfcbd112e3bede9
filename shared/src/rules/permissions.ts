// Who writes each part of the data: the API enforces these roles, and the front ends hide what a role may not do.
import type { Role } from '../domain/user';

export const WRITERS = {
  library: ['procurement', 'admin'],
  providers: ['procurement', 'negotiator', 'admin'],
  qualityNotes: ['caseworker', 'procurement', 'negotiator', 'admin'],
  cases: ['caseworker', 'negotiator'],
  invoices: ['finance'],
  settings: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

/** Who reads the audit trail. */
export const AUDIT_READERS = ['admin', 'manager'] as const satisfies readonly Role[];
