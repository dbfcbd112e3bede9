// The API client against a real node:http server: URLs, headers, bodies, parsing, problems and typing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { z } from 'zod';

import { ApiError, createApiClient, type FetchLike } from './client';
import { healthRoutes } from './health.contract';
import { defineRoute } from './route';

const Item = z.object({ id: z.string(), name: z.string(), count: z.number() });
const ItemParams = z.object({ id: z.string() });
const routes = {
  getItem: defineRoute({
    method: 'GET',
    path: '/api/items/{id}',
    operationId: 'getItem',
    summary: 'One item',
    access: 'user',
    params: ItemParams,
    query: z.object({ tag: z.array(z.string()).optional(), limit: z.number().optional(), q: z.string().optional() }),
    responses: { 200: Item },
  }),
  putItem: defineRoute({
    method: 'PUT',
    path: '/api/items/{id}',
    operationId: 'replaceItem',
    summary: 'Replace an item',
    access: 'user',
    params: ItemParams,
    body: z.object({ name: z.string(), count: z.number() }),
    responses: { 200: Item },
  }),
  deleteItem: defineRoute({
    method: 'DELETE',
    path: '/api/items/{id}',
    operationId: 'deleteItem',
    summary: 'Delete an item',
    access: 'user',
    params: ItemParams,
    responses: { 204: z.undefined() },
  }),
};

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

let server: http.Server;
let baseUrl: string;
let seen: Seen[] = [];
let reply: Reply = { status: 200 };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
});

function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

const lastRequest = (): Seen => seen[seen.length - 1]!;

describe('createApiClient', () => {
  it('calls a public route without asking for a token and parses the answer with the contract', async () => {
    const getToken = jest.fn(() => Promise.resolve('secret'));
    reply = json(200, { status: 'ok', store: 'sqlite', version: '1.2.3', auth: 'local' });
    const response = await createApiClient({ baseUrl, getToken }).call(healthRoutes.getHealth);
    const version: string = response.data.version;
    expect(version).toBe('1.2.3');
    expect(response).toEqual({ status: 200, data: { status: 'ok', store: 'sqlite', version: '1.2.3', auth: 'local' } });
    expect(lastRequest()).toMatchObject({ method: 'GET', url: '/api/health', body: '' });
    expect(lastRequest().headers.authorization).toBeUndefined();
    expect(lastRequest().headers.accept).toBe('application/json');
    expect(getToken).not.toHaveBeenCalled();
  });

  it('fills encoded path params, serialises the query and sends the bearer token', async () => {
    reply = json(200, { id: 'a b/ø', name: 'Botilbud', count: 2 }, { ETag: '"v7"' });
    const client = createApiClient({ baseUrl, getToken: () => Promise.resolve('tok-1') });
    const response = await client.call(routes.getItem, {
      params: { id: 'a b/ø' },
      query: { tag: ['x', 'y z'], limit: 5, q: undefined },
    });
    expect(lastRequest().url).toBe('/api/items/a%20b%2F%C3%B8?tag=x&tag=y+z&limit=5');
    expect(lastRequest().headers.authorization).toBe('Bearer tok-1');
    expect(response.etag).toBe('"v7"');
    expect(response.data.count).toBe(2);
  });

  it('sends a JSON body with its content type and If-Match', async () => {
    reply = json(200, { id: '7', name: 'Ny', count: 1 });
    const client = createApiClient({ baseUrl, getToken: () => Promise.resolve(undefined) });
    await client.call(routes.putItem, { params: { id: '7' }, body: { name: 'Ny', count: 1 }, ifMatch: '"v7"' });
    const request = lastRequest();
    expect(request.method).toBe('PUT');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['if-match']).toBe('"v7"');
    expect(request.headers.authorization).toBeUndefined();
    expect(JSON.parse(request.body)).toEqual({ name: 'Ny', count: 1 });
  });

  it('calls a route by its head without parsing the answer, with the same URL, token and ETag', async () => {
    reply = json(200, { id: '7', name: 'Botilbud', count: 2, extra: true }, { ETag: '"v2"' });
    const head = { method: 'GET', path: '/api/items/{id}', operationId: 'getItem', access: 'user' } as const;
    const client = createApiClient({ baseUrl, getToken: () => Promise.resolve('tok-2') });
    const response = await client.callUnparsed<typeof routes.getItem>(head, {
      params: { id: '7' },
      query: { limit: 1 },
    });
    expect(lastRequest().url).toBe('/api/items/7?limit=1');
    expect(lastRequest().headers.authorization).toBe('Bearer tok-2');
    // Unparsed: a field the schema would strip is still there.
    expect(response).toEqual({ status: 200, data: { id: '7', name: 'Botilbud', count: 2, extra: true }, etag: '"v2"' });
  });

  it('reports a failed call by head as an ApiError from its problem document', async () => {
    reply = json(404, { title: 'Findes ikke', detail: 'Sagen findes ikke.' });
    const head = { method: 'GET', path: '/api/items/{id}', operationId: 'getItem', access: 'user' } as const;
    const error = await createApiClient({ baseUrl })
      .callUnparsed<typeof routes.getItem>(head, { params: { id: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, title: 'Findes ikke', detail: 'Sagen findes ikke.' });
  });

  it('accepts an empty 204 answer', async () => {
    reply = { status: 204 };
    const response = await createApiClient({ baseUrl }).call(routes.deleteItem, { params: { id: '7' } });
    expect(response).toEqual({ status: 204, data: undefined });
    expect(lastRequest().method).toBe('DELETE');
  });

  it('turns a problem document into an ApiError with title, detail and fields', async () => {
    reply = {
      status: 400,
      headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Ugyldig forespørgsel',
        status: 400,
        detail: 'Navnet mangler.',
        fields: { name: 'Skal udfyldes' },
        correlationId: 'c-1',
      }),
    };
    const error = await createApiClient({ baseUrl })
      .call(routes.putItem, { params: { id: '7' }, body: { name: '', count: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'Ugyldig forespørgsel',
      detail: 'Navnet mangler.',
      fields: { name: 'Skal udfyldes' },
      correlationId: 'c-1',
    });
  });

  it('describes an error answer that is not a problem document', async () => {
    reply = { status: 502, headers: { 'Content-Type': 'text/plain' }, body: 'Bad gateway' };
    await expect(createApiClient({ baseUrl }).call(healthRoutes.getHealth)).rejects.toMatchObject({
      status: 502,
      title: 'Fejl fra serveren',
      fields: {},
    });
  });

  it('rejects an answer that does not match the contract', async () => {
    reply = json(200, { status: 'ok', store: 'mongo', version: '1' });
    await expect(createApiClient({ baseUrl }).call(healthRoutes.getHealth)).rejects.toMatchObject({
      status: 200,
      title: 'Uventet svar',
    });
  });

  it('rejects a success status the contract does not declare', async () => {
    reply = json(202, {});
    await expect(createApiClient({ baseUrl }).call(healthRoutes.getHealth)).rejects.toMatchObject({ status: 202 });
  });

  it('reports an unreachable server as status 0', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(
      createApiClient({ baseUrl: `http://127.0.0.1:${port}` }).call(healthRoutes.getHealth),
    ).rejects.toMatchObject({
      status: 0,
      title: 'Ingen forbindelse',
    });
  });

  it('uses the fetch it is given', async () => {
    const fetchSpy = jest.fn<Promise<Response>, Parameters<FetchLike>>(() =>
      Promise.resolve(
        new Response(JSON.stringify({ status: 'ok', store: 'cosmos', version: '9', auth: 'entra' }), { status: 200 }),
      ),
    );
    const response = await createApiClient({ baseUrl: 'https://api.example', fetch: fetchSpy }).call(
      healthRoutes.getHealth,
    );
    expect(response.data.store).toBe('cosmos');
    expect(fetchSpy).toHaveBeenCalledWith('https://api.example/api/health', expect.objectContaining({ method: 'GET' }));
  });

  it('requires path params and bodies in the types and at run time', async () => {
    const client = createApiClient({ baseUrl });
    // @ts-expect-error params are required by the contract
    await expect(client.call(routes.deleteItem)).rejects.toThrow('Missing path parameter "id"');
    expect(seen).toHaveLength(0);
    // The server stays the judge of bodies at run time; the types stop a wrong one at compile time.
    reply = json(400, { title: 'Ugyldig forespørgsel', detail: 'Antal skal være et tal.' });
    // @ts-expect-error the body must match the contract
    await expect(client.call(routes.putItem, { params: { id: '1' }, body: { name: 1 } })).rejects.toMatchObject({
      status: 400,
    });
    expect(JSON.parse(lastRequest().body)).toEqual({ name: 1 });
  });
});
