// Serves the OpenAPI document generated from every declared route, built once per process.
import { buildOpenApi } from '@koberollen/shared/api/openapi';
import { openApiRoutes } from '@koberollen/shared/api/openapi.contract';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { routes } from '../routes';

let document: Record<string, unknown> | undefined;

export const getOpenApi = declare('openapi-get', openApiRoutes.getOpenApi, ({ services }) => {
  // `routes` includes this declaration, so the list is read when the first request comes, not at import.
  document ??= buildOpenApi(
    routes.map((r) => r.route),
    { title: 'Køberollen API', version: services.version },
  );
  return Promise.resolve(ok(document));
});
