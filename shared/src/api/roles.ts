// Who may do what: the roles each kind of write requires, declared on the routes and checked before any input is read.
import type { Role } from '../domain/user';

/** Who writes each part of the data. */
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
