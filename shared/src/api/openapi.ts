// Builds the OpenAPI 3.1 document from the route contracts: the same zod schemas that validate requests.
import { z } from 'zod';

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

function parameters(route: RouteContract): JsonObject[] {
  const list: JsonObject[] = [];
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

function operation(route: RouteContract): JsonObject {
  const responses: JsonObject = {};
  const binary = { type: 'string', contentMediaType: 'application/octet-stream' };
  const fileContent = (types: readonly string[]) => Object.fromEntries(types.map((type) => [type, { schema: binary }]));
  for (const [status, schema] of Object.entries(route.responses)) {
    responses[status] =
      status === '204' || !schema
        ? { description: 'Ingen indhold' }
        : status === '200' && route.files?.response
          ? { description: 'Filen', content: fileContent(route.files.response) }
          : { description: 'OK', content: { 'application/json': { schema: jsonSchema(schema, 'output') } } };
  }
  responses.default = problemResponse('Fejl (problem+json)');
  return {
    summary: route.summary,
    security: route.access === 'user' ? [{ bearer: [] }] : [],
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } },
        }
      : route.files?.body
        ? { requestBody: { required: true, content: fileContent(route.files.body) } }
        : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document for the given routes. */
export function buildOpenApi(routes: readonly RouteContract[], info: { title: string; version: string }): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: { Problem: PROBLEM },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
