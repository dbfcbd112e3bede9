// The OpenAPI document: valid OpenAPI 3.1, built from the contracts, with what client generators need on every operation.
import { Validator } from '@seriousme/openapi-schema-validator';

import { allContracts, apiContracts } from '@koberollen/shared/api/contracts';

import { routes } from '../../functions/src/routes';
import { startHost, type TestHost } from './support/host';

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters: { name?: string; in?: string; $ref?: string }[];
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

let host: TestHost;
let doc: { openapi: string; paths: Record<string, Record<string, Operation>>; components: any; tags: any[] };
beforeAll(async () => {
  host = await startHost({ seed: false });
  const answer = await host.call('GET', '/api/openapi.json');
  expect(answer.status).toBe(200);
  doc = answer.body;
});
afterAll(() => host.stop());

function operations(): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]),
  );
}

it('is valid OpenAPI 3.1 to an independent validator', async () => {
  const validator = new Validator();
  const result = await validator.validate(structuredClone(doc));
  expect(result.errors).toBeUndefined();
  expect(result.valid).toBe(true);
  expect(validator.version).toBe('3.1');
});

it('documents every served route with its method, parameters and schemas, and nothing else', () => {
  expect(operations()).toHaveLength(routes.length);
  for (const { route } of routes) {
    const operation = doc.paths[route.path]?.[route.method.toLowerCase()];
    expect(operation).toBeDefined();
    const placeholders = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const pathParams = operation!.parameters.filter((p) => p.in === 'path').map((p) => p.name);
    expect(pathParams.sort()).toEqual(placeholders.sort());
    if (route.body) expect(operation!.requestBody!.content['application/json']!.schema).toBeDefined();
  }
  const health = doc.paths['/api/health']!.get!.responses['200']!.content!['application/json']!.schema as any;
  expect(health.properties.store.enum).toEqual(['sqlite', 'cosmos']);
});

it('serves the routes of exactly the contracts the document is built from', () => {
  const contracts = new Set(allContracts().map(({ route }) => route));
  const served = new Set(routes.map(({ route }) => route));
  expect(served).toEqual(contracts);
});

it('gives every operation a unique camelCase operationId, a summary and its resource as tag', () => {
  const ids = operations().map(([, op]) => op.operationId);
  expect(new Set(ids).size).toBe(ids.length);
  const tags = new Set(doc.tags.map((t: { name: string }) => t.name));
  expect([...tags].sort()).toEqual(Object.keys(apiContracts).sort());
  for (const [name, op] of operations()) {
    expect([name, op.operationId]).toEqual([name, expect.stringMatching(/^[a-z][a-zA-Z0-9]*$/)]);
    expect([name, op.summary]).toEqual([name, expect.stringMatching(/\S{3}/)]);
    expect([name, op.tags?.length, tags.has(op.tags?.[0] ?? '')]).toEqual([name, 1, true]);
  }
});

it('names operations after their declaration, stably', () => {
  const byRoute = Object.fromEntries(operations().map(([name, op]) => [name, op.operationId]));
  expect(byRoute).toMatchObject({
    'GET /api/providers': 'listProviders',
    'POST /api/providers': 'createProvider',
    'GET /api/providers/{id}': 'getProvider',
    'PUT /api/providers/{id}': 'replaceProvider',
    'DELETE /api/providers/{id}': 'deleteProvider',
    'POST /api/providers/{id}/notes': 'addProviderNote',
    'POST /api/clauses/{id}/publish': 'publishClause',
    'GET /api/clauses/{id}/versions/{version}': 'getClauseVersion',
    'POST /api/price-regulation/check': 'checkPriceRegulation',
    'POST /api/cases/{id}/transitions': 'transitionCase',
    'POST /api/contracts/{id}/invoices': 'createInvoice',
    'GET /api/contracts/{id}/invoices': 'listContractInvoices',
    'PUT /api/settings': 'replaceSettings',
    'GET /api/health': 'getHealth',
  });
});

it('asks for a bearer JWT on every signed-in operation, and on none of health, openapi and dev', () => {
  expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const [name, op] of operations()) {
    const open = name.endsWith(' /api/health') || name.endsWith(' /api/openapi.json') || name.includes(' /api/dev/');
    expect([name, op.security]).toEqual([name, open ? [] : [{ bearerAuth: [] }]]);
  }
});

it('gives each 2xx response a schema; a 204 has no content', () => {
  for (const [name, op] of operations()) {
    const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
    expect([name, success.length > 0]).toEqual([name, true]);
    for (const [status, response] of success) {
      if (status === '204') expect([name, response.content]).toEqual([name, undefined]);
      else {
        // JSON answers carry their schema; the catalogue's file answers (XLSX, CSV) one for each media type.
        const schemas = Object.values(response.content ?? {}).map((media) => media.schema);
        expect([name, schemas.length > 0 && schemas.every(Boolean)]).toEqual([name, true]);
      }
    }
  }
});

it('documents If-Match where a route reads it and Idempotency-Key on every create', () => {
  for (const { route } of allContracts()) {
    const op = doc.paths[route.path]![route.method.toLowerCase()]!;
    const ifMatch = op.parameters.find((p) => p.name === 'If-Match');
    expect([route.path, ifMatch !== undefined]).toEqual([route.path, route.ifMatch !== undefined]);
    const key = op.parameters.some((p) => p.$ref === '#/components/parameters/IdempotencyKey');
    expect([route.method, route.path, key]).toEqual([route.method, route.path, route.creates === true]);
  }
  expect(doc.components.parameters.IdempotencyKey).toMatchObject({ name: 'Idempotency-Key', in: 'header' });
});
