// RFC 9457 problem documents with Danish titles, and the map from errors to HTTP statuses.
import type { HttpResponseInit } from '@azure/functions';

import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotConfiguredError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
  PreconditionRequiredError,
  RuleViolationError,
  StoreUnavailableError,
  UnauthenticatedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '@koberollen/shared/errors';

const TITLES: Record<number, string> = {
  400: 'Ugyldig forespørgsel',
  401: 'Ikke logget ind',
  403: 'Ingen adgang',
  404: 'Findes ikke',
  409: 'Konflikt',
  412: 'Dokumentet er ændret',
  413: 'Forespørgslen er for stor',
  415: 'Forkert indholdstype',
  422: 'Kan ikke behandles',
  428: 'Versionsangivelse mangler',
  500: 'Uventet fejl',
  503: 'Tjenesten er midlertidigt utilgængelig',
};

/** A problem+json response. `fields` names the offending fields with a Danish message each. */
export function problem(
  status: number,
  detail: string,
  extra: { fields?: Record<string, string>; correlationId?: string; headers?: Record<string, string> } = {},
): HttpResponseInit {
  const body: Record<string, unknown> = { type: 'about:blank', title: TITLES[status] ?? 'Fejl', status, detail };
  if (extra.fields && Object.keys(extra.fields).length > 0) body.fields = extra.fields;
  if (extra.correlationId) body.correlationId = extra.correlationId;
  return {
    status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', ...extra.headers },
    body: JSON.stringify(body),
  };
}

const STATUS_BY_ERROR: [new (...args: never[]) => DomainError, number][] = [
  [ValidationError, 400],
  [UnauthenticatedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [PreconditionFailedError, 412],
  [PayloadTooLargeError, 413],
  [UnsupportedMediaTypeError, 415],
  [RuleViolationError, 422],
  [PreconditionRequiredError, 428],
  [StoreUnavailableError, 503],
  [NotConfiguredError, 503],
];

/** Maps any thrown value to a problem response; unknown errors become a generic 500 with a correlation id. */
export function problemFromError(error: unknown, correlationId: string): HttpResponseInit {
  if (error instanceof DomainError) {
    const status = STATUS_BY_ERROR.find(([type]) => error instanceof type)?.[1] ?? 500;
    const headers: Record<string, string> = {};
    if (error instanceof StoreUnavailableError) headers['Retry-After'] = String(error.retryAfterSeconds);
    if (error instanceof UnauthenticatedError) headers['WWW-Authenticate'] = 'Bearer';
    return problem(status, error.detail, { fields: error.fields, correlationId, headers });
  }
  return problem(500, 'Der opstod en uventet fejl. Oplys korrelations-id ved henvendelse.', { correlationId });
}
