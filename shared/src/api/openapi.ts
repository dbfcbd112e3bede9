// Builds the OpenAPI 3.1 document from the route contracts: the same zod schemas that validate requests.
import { z } from 'zod';

import type { TaggedRoute } from './contracts';
import type { RouteContract } from './route';

type JsonObject = Record<string, unknown>;

const PROBLEM = {
  type: 'object',
  description: 'RFC 9457 problem details; title and detail are Danish.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    fields: { type: 'object', additionalProperties: { type: 'string' } },
    correlationId: { type: 'string' },
  },
  required: ['type', 'title', 'status', 'detail'],
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

/** Header parameters a route takes besides the bearer token. */
function headerParameters(route: RouteContract): JsonObject[] {
  const list: JsonObject[] = [];
  if (route.ifMatch) {
    list.push({
      name: 'If-Match',
      in: 'header',
      required: route.ifMatch === 'required',
      description: 'The ETag of the version the change applies to; 412 when the record has changed since.',
      schema: { type: 'string' },
    });
  }
  if (route.creates) list.push({ $ref: '#/components/parameters/IdempotencyKey' });
  return list;
}

function parameters(route: RouteContract): JsonObject[] {
  const list: JsonObject[] = headerParameters(route);
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      list.push({
        name,
        in: where,
        required: where === 'path' || (object.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return list;
}

/** Success responses; a 204 has no body, so its schema is that of no content. */
const BINARY = { type: 'string', contentMediaType: 'application/octet-stream' };

/** The content of a file body or answer, by media type. */
function fileContent(types: readonly string[]): JsonObject {
  return Object.fromEntries(types.map((type) => [type, { schema: BINARY }]));
}

function successResponses(route: RouteContract): JsonObject {
  const responses: JsonObject = {};
  for (const [status, schema] of Object.entries(route.responses)) {
    responses[status] =
      status === '204' || !schema
        ? { description: 'Ingen indhold' }
        : status === '200' && route.files?.response
          ? { description: 'Filen', content: fileContent(route.files.response) }
          : { description: 'OK', content: { 'application/json': { schema: jsonSchema(schema, 'output') } } };
  }
  return responses;
}

function operation({ tag, route }: TaggedRoute): JsonObject {
  const roles = route.roles ? ` Requires one of the roles: ${route.roles.join(', ')}.` : '';
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(roles ? { description: roles.trim(), 'x-roles': [...(route.roles ?? [])] } : {}),
    tags: [tag],
    security: route.access === 'user' ? [{ bearerAuth: [] }] : [],
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } },
        }
      : route.files?.body
        ? { requestBody: { required: true, content: fileContent(route.files.body) } }
        : {}),
    responses: { ...successResponses(route), default: problemResponse('Fejl (problem+json)') },
  };
}

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'A unique key per user action (e.g. a UUID). Sent again with the same body within 24 hours, the request ' +
    'answers the original result (status, Location, ETag, body) without creating another record; sent with a ' +
    'different body it answers 422. Keys are kept per municipality and user.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

/** The OpenAPI 3.1 document for the given routes, each tagged with its resource. */
export function buildOpenApi(routes: readonly TaggedRoute[], info: { title: string; version: string }): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const tagged of routes) {
    const { route } = tagged;
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(tagged) };
  }
  return {
    openapi: '3.1.0',
    info,
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem: PROBLEM },
      parameters: { IdempotencyKey: IDEMPOTENCY_KEY },
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
