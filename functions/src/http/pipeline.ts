// Wraps a declaration into an Azure Functions handler: sign-in, input parsing, error mapping, security headers.
import type { HttpHandler, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';

import { DomainError, ForbiddenError, NotConfiguredError, NotFoundError } from '@koberollen/shared/errors';

import { SIGN_IN_NOT_CONFIGURED } from '../auth';
import { getServices, type Services } from '../services';
import type { Call, FunctionDeclaration } from './declare';
import { parseJsonBody, parseWith } from './parse';
import { problemFromError } from './problem';
import { apiHeaders } from './securityHeaders';

/** The handler registered for a declaration, both under the Functions host and the local host. */
export function toHttpHandler(declaration: FunctionDeclaration): HttpHandler {
  return async (request, context) => {
    let response: HttpResponseInit;
    try {
      response = await invoke(declaration, request, context, await getServices());
    } catch (error) {
      if (error instanceof ForbiddenError) context.warn(`${declaration.name}: refused: ${error.detail}`);
      else if (!(error instanceof DomainError)) context.error(`${declaration.name} failed`, error);
      response = problemFromError(error, context.invocationId);
    }
    return { ...response, headers: { ...(response.headers as Record<string, string>), ...apiHeaders() } };
  };
}

async function invoke(
  declaration: FunctionDeclaration,
  request: HttpRequest,
  context: InvocationContext,
  services: Services,
): Promise<HttpResponseInit> {
  const { route } = declaration;
  if (services.config.auth.mode === 'unconfigured') throw new NotConfiguredError(SIGN_IN_NOT_CONFIGURED);
  if (route.access === 'dev' && !services.devTokens) throw new NotFoundError('Ressourcen findes ikke.');
  const user =
    route.access === 'user'
      ? await services.authenticator.authenticate(request.headers.get('authorization'))
      : undefined;
  const params = route.params ? parseWith(route.params, request.params, 'stien') : undefined;
  const query = route.query ? parseWith(route.query, Object.fromEntries(request.query), 'forespørgslen') : undefined;
  const body = route.body ? await parseJsonBody(request, route.body) : undefined;
  const call = { params, query, body, user, request, context, services } as Call<typeof route>;
  return declaration.handler(call);
}
