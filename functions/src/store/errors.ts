// The store's domain errors with their Danish messages, shared by every adapter so users read the same words.
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  StoreUnavailableError,
  ValidationError,
} from '@koberollen/shared/errors';

import type { DocKind } from './types';

/** A create hit an id that already exists. */
export function conflict(kind: DocKind, id: string): ConflictError {
  return new ConflictError(`${kind} ${id} findes allerede.`);
}

/** A replace or delete hit a missing document. */
export function notFound(kind: DocKind, id: string): NotFoundError {
  return new NotFoundError(`${kind} ${id} findes ikke.`);
}

/** An `ifMatch` no longer matches the stored version. */
export function preconditionFailed(): PreconditionFailedError {
  return new PreconditionFailedError('Dokumentet er ændret af en anden siden det blev hentet.');
}

/** The store is throttled, locked, full or unreachable; the caller may retry after `retryAfterSeconds`. */
export function unavailable(retryAfterSeconds?: number): StoreUnavailableError {
  return new StoreUnavailableError('Lageret er midlertidigt utilgængeligt. Prøv igen om lidt.', retryAfterSeconds);
}

/** A continuation token that this store did not issue for this query. */
export function invalidContinuationToken(): ValidationError {
  return new ValidationError('Fortsættelsesnøglen er ugyldig.', { continuationToken: 'Ukendt nøgle' });
}
