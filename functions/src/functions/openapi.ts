// Serves the OpenAPI document generated from every route contract, built once per process.
import { allContracts } from '@koberollen/shared/api/contracts';
import { buildOpenApi } from '@koberollen/shared/api/openapi';
import { openApiRoutes } from '@koberollen/shared/api/openapi.contract';

import { declare } from '../http/declare';
import { ok } from '../http/responses';

let document: Record<string, unknown> | undefined;

export const getOpenApi = declare('openapi-get', openApiRoutes.getOpenApi, ({ services }) => {
  document ??= buildOpenApi(allContracts(), { title: 'Køberollen API', version: services.version });
  return Promise.resolve(ok(document));
});
