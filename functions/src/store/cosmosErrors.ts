// Translates Cosmos SDK failures (thrown errors and failed batch operations) into the store's domain errors.
import type { OperationResponse } from '@azure/cosmos';

import { conflict, notFound, preconditionFailed, unavailable } from './errors';
import type { WriteOp } from './types';

/** Statuses that mean "try again later": timeout, throttled (after the SDK's own retries), gone, unavailable. */
const TRANSIENT_STATUSES = new Set([408, 410, 429, 449, 503]);
/** Node network failures: the account is unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

interface SdkFailure {
  code?: unknown;
  retryAfterInMs?: unknown;
}

function isTransient(code: unknown): boolean {
  return (
    (typeof code === 'number' && TRANSIENT_STATUSES.has(code)) ||
    (typeof code === 'string' && (code === 'TimeoutError' || NETWORK_CODES.has(code)))
  );
}

function retryAfterSeconds(ms: unknown): number | undefined {
  return typeof ms === 'number' && ms > 0 ? Math.ceil(ms / 1000) : undefined;
}

/** A thrown SDK error as a domain error when it is one; other errors (bugs, auth setup) pass through. */
export function fromSdkError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const failure: SdkFailure = error;
  if (isTransient(failure.code)) return unavailable(retryAfterSeconds(failure.retryAfterInMs));
  return error;
}

/**
 * The error for a batch the service answered with a failure. Cosmos marks the operations after the
 * failing one (or all others, in an atomic batch) with 424 Failed Dependency; the cause is the first
 * other status of 400 or above. `status` is the batch's own status, used when no operation says more.
 */
export function fromBatchResult(ops: WriteOp[], results: OperationResponse[], status: number): unknown {
  const index = results.findIndex((result) => result.statusCode >= 400 && result.statusCode !== 424);
  const op = ops[index];
  const code = results[index]?.statusCode ?? status;
  if (op && code === 409) return conflict(op.kind, op.id);
  if (op && code === 404) return notFound(op.kind, op.id);
  if (code === 412) return preconditionFailed();
  if (isTransient(code)) return unavailable();
  return new Error(`Cosmos batch failed with status ${code}`);
}

/** The error for a read of a batch answered with `status` (neither found, missing nor failed with another read). */
export function fromReadStatus(status: number | undefined): unknown {
  return status === undefined || isTransient(status)
    ? unavailable()
    : new Error(`Cosmos read failed with status ${status}`);
}
