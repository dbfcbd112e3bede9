// The OpenAPI document covers every declared route and is generated from the contracts' schemas.
import { routes } from '../../functions/src/routes';
import { startHost, type TestHost } from './support/host';

let host: TestHost;
beforeAll(async () => {
  host = await startHost({ seed: false });
});
afterAll(() => host.stop());

it('documents every route with its method, parameters and schemas, without sign-in', async () => {
  const answer = await host.call('GET', '/api/openapi.json');
  expect(answer.status).toBe(200);
  expect(answer.body.openapi).toBe('3.1.0');
  for (const { route } of routes) {
    const operation = answer.body.paths[route.path]?.[route.method.toLowerCase()];
    expect(operation).toBeDefined();
    const placeholders = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const pathParams = operation.parameters
      .filter((p: { in: string }) => p.in === 'path')
      .map((p: { name: string }) => p.name);
    expect(pathParams.sort()).toEqual(placeholders.sort());
    if (route.body) expect(operation.requestBody.content['application/json'].schema).toBeDefined();
  }
  const health = answer.body.paths['/api/health'].get.responses['200'].content['application/json'].schema;
  expect(health.properties.store.enum).toEqual(['sqlite', 'cosmos']);
});
