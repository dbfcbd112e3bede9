// Serves the OpenAPI document generated from every declared route, built once per process.
import { buildOpenApi } from '@koberollen/shared/api/openapi';
import { openApiRoutes } from '@koberollen/shared/api/openapi.contract';

import { declare, type FunctionDeclaration } from '../http/declare';
import { ok } from '../http/responses';

/** The OpenAPI function of a route list; the list includes this declaration, so it is read on the first request. */
export function openApiFunction(routes: () => readonly FunctionDeclaration[]) {
  let document: Record<string, unknown> | undefined;
  return declare('openapi-get', openApiRoutes.getOpenApi, ({ services }) => {
    document ??= buildOpenApi(
      routes().map((r) => r.route),
      { title: 'Køberollen API', version: services.version },
    );
    return Promise.resolve(ok(document));
  });
}
