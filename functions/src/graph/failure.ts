// Turns whatever a Graph call threw into a GraphFailure: did Graph act, and what to tell the user.
import { GraphError } from '@microsoft/microsoft-graph-client';

import { retryAfterSeconds, TIMEOUT_ERROR, UNREACHABLE_ERROR } from './transport';
import { GraphFailure } from './types';

/** Errors @azure/identity throws when no token could be had: no request reached Graph. */
const TOKEN_ERRORS = new Set(['AuthenticationError', 'CredentialUnavailableError', 'AuthenticationRequiredError']);

function statusDetail(status: number): string {
  if (status === 429) return 'Microsoft 365 beder os vente (for mange forespørgsler).';
  if (status === 503) return 'Microsoft 365 er midlertidigt utilgængelig.';
  if (status === 401 || status === 403)
    return `Microsoft 365 afviste adgangen (HTTP ${status}); tjek appens tilladelser.`;
  if (status === 404) return 'Microsoft 365 fandt ikke modtageren (HTTP 404); er Teams-appen installeret for brugeren?';
  if (status >= 500) return `Microsoft 365 svarede med en serverfejl (HTTP ${status}).`;
  return `Microsoft 365 afviste forespørgslen (HTTP ${status}).`;
}

/** Classifies a thrown value; a GraphFailure passes through unchanged. */
export function toFailure(error: unknown): GraphFailure {
  if (error instanceof GraphFailure) return error;
  const name = error instanceof GraphError ? (error.code ?? '') : error instanceof Error ? error.name : '';
  if (name === TIMEOUT_ERROR) return new GraphFailure('uncertain', 'Microsoft 365 svarede ikke i tide.');
  if (name === UNREACHABLE_ERROR) return new GraphFailure('notSent', 'Microsoft 365 kunne ikke nås.');
  if (TOKEN_ERRORS.has(name)) {
    return new GraphFailure('notSent', 'Der kunne ikke hentes adgang til Microsoft 365 (Entra ID afviste appen).');
  }
  if (error instanceof GraphError && error.statusCode > 0) {
    const status = error.statusCode;
    const kind =
      status === 429 || status === 503 ? 'notSent' : status >= 500 || status === 408 ? 'uncertain' : 'rejected';
    return new GraphFailure(kind, statusDetail(status), status, retryAfterSeconds(error.headers?.get('retry-after')));
  }
  // Anything else (a connection dropped mid-request, an unreadable answer): Graph may have acted.
  return new GraphFailure('uncertain', 'Forbindelsen til Microsoft 365 fejlede undervejs.');
}
