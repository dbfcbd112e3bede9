// What a route answers when a Graph call fails, and the caller's own token for delegated calls.

import { RuleViolationError, StoreUnavailableError } from '@koberollen/shared/errors';

import { GraphFailure } from '../graph';
import type { ApiRequest } from '../http/request';

/** The bearer token the caller signed in with (already verified by the pipeline). */
export function bearerToken(request: ApiRequest): string {
  return (request.headers.get('authorization') ?? '').replace(/^Bearer\s+/i, '');
}

/**
 * A refusal from Microsoft 365 is a 422 naming it; a failure that may pass (throttling, an outage, a timeout) a 503
 * with Retry-After, so the client may try again. Anything not from Graph is passed on unchanged.
 */
export function domainErrorOf(error: unknown): unknown {
  if (!(error instanceof GraphFailure)) return error;
  if (error.kind === 'rejected') return new RuleViolationError(error.detail);
  return new StoreUnavailableError(`${error.detail} Prøv igen om lidt.`, Math.max(1, error.retryAfterSeconds ?? 5));
}
