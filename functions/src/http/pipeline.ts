// Wraps a declaration into an Azure Functions handler: sign-in, role, record, If-Match, input, errors, headers.
import type { HttpResponseInit } from '@azure/functions';

import type { RouteContract } from '@koberollen/shared/api/route';
import { DomainError, ForbiddenError, NotConfiguredError, NotFoundError } from '@koberollen/shared/errors';

import { SIGN_IN_NOT_CONFIGURED } from '../auth';
import { getServices, type Services } from '../services';
import { requireRole, requireSomeRole } from './authorize';
import type { Call, FunctionDeclaration } from './declare';
import { fingerprintOf, idempotencyKeyOf, idempotent } from './idempotency';
import { parseJsonBody, parseWith, requireIfMatch } from './parse';
import { problemFromError } from './problem';
import type { ApiContext, ApiHandler, ApiRequest } from './request';
import { API_HEADERS } from './securityHeaders';

/** The handler registered for a declaration, both under the Functions host and the local host. */
export function toHttpHandler(declaration: FunctionDeclaration): ApiHandler {
  return async (request, context) => {
    let response: HttpResponseInit;
    try {
      response = await invoke(declaration, request, context, await getServices());
    } catch (error) {
      if (error instanceof ForbiddenError) context.warn(`${declaration.name}: refused: ${error.detail}`);
      else if (!(error instanceof DomainError)) context.error(`${declaration.name} failed`, error);
      response = problemFromError(error, context.invocationId);
    }
    return { ...response, headers: { ...(response.headers as Record<string, string>), ...API_HEADERS } };
  };
}

/**
 * Runs a declaration's checks in the order that tells a caller nothing it may not know: sign-in (401), role (403),
 * the record it acts on (404), If-Match (428), then query and body (400/413/415/422); a stale version is the
 * store's 412 when the handler writes. A create with an Idempotency-Key runs once per key (see idempotency.ts).
 */
async function invoke(
  declaration: FunctionDeclaration,
  request: ApiRequest,
  context: ApiContext,
  services: Services,
): Promise<HttpResponseInit> {
  const { route } = declaration;
  if (services.config.auth.mode === 'unconfigured') throw new NotConfiguredError(SIGN_IN_NOT_CONFIGURED);
  if (route.access === 'dev' && !services.devTokens) throw new NotFoundError('Ressourcen findes ikke.');
  const user =
    route.access === 'user'
      ? await services.authenticator.authenticate(request.headers.get('authorization'))
      : undefined;
  if (user) requireSomeRole(user, route);
  if (user && route.roles) requireRole(user, route.roles);
  const params = route.params ? parseWith(route.params, request.params, 'stien') : undefined;
  const record = declaration.load && user ? await declaration.load({ params, user, services }) : undefined;
  const ifMatch = ifMatchOf(route, request);
  const key = route.creates ? idempotencyKeyOf(request) : undefined;
  const query = route.query ? parseWith(route.query, Object.fromEntries(request.query), 'forespørgslen') : undefined;
  const body = route.body ? await parseJsonBody(request, route.body) : undefined;
  const call = { params, query, body, user, ifMatch, record, request, context, services } as Call<typeof route>;
  if (key === undefined || !user) return declaration.handler(call);
  const fingerprint = fingerprintOf(route.method, route.path, params, body);
  return idempotent({ key, fingerprint, user, services }, (keyed) => declaration.handler({ ...call, services: keyed }));
}

/** The decoded If-Match: 428 when the route requires it and it is missing. */
function ifMatchOf(route: RouteContract, request: ApiRequest): string | undefined {
  if (route.ifMatch === 'required') return requireIfMatch(request);
  if (route.ifMatch === 'optional' && request.headers.get('if-match')) return requireIfMatch(request);
  return undefined;
}
