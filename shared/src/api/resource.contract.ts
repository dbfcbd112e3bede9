// Route contracts for a standard resource: list, create, read, replace and (optionally) delete, from its schemas.
import { z } from 'zod';

import { Id, pageOf, PagingQuery, replaceBody } from '../domain/common';
import { defineRoute } from './route';

export const IdParams = z.strictObject({ id: Id });

export interface ResourceOptions<
  I extends z.ZodObject,
  E extends z.ZodType,
  S extends z.ZodRawShape,
  F extends z.ZodRawShape,
> {
  /** Collection path, e.g. `/api/providers`. */
  path: string;
  /** English plural for summaries, e.g. `providers`. */
  plural: string;
  input: I;
  entity: E;
  serverFields: S;
  filters: F;
}

/** The four standard routes of a resource (list, create, read, replace), all requiring sign-in. */
export function resourceRoutes<
  I extends z.ZodObject,
  E extends z.ZodType,
  S extends z.ZodRawShape,
  F extends z.ZodRawShape,
>(options: ResourceOptions<I, E, S, F>) {
  const { path, plural, input, entity, serverFields, filters } = options;
  const item = `${path}/{id}`;
  return {
    list: defineRoute({
      method: 'GET',
      path,
      summary: `List ${plural}`,
      access: 'user',
      query: z.strictObject({ ...filters, ...PagingQuery }),
      responses: { 200: pageOf(entity) },
    }),
    create: defineRoute({
      method: 'POST',
      path,
      summary: `Create one of the ${plural}`,
      access: 'user',
      body: input.strict(),
      responses: { 201: entity },
    }),
    get: defineRoute({
      method: 'GET',
      path: item,
      summary: `Read one of the ${plural}`,
      access: 'user',
      params: IdParams,
      responses: { 200: entity },
    }),
    replace: defineRoute({
      method: 'PUT',
      path: item,
      summary: `Replace one of the ${plural} (If-Match required)`,
      access: 'user',
      params: IdParams,
      body: replaceBody(input, serverFields),
      responses: { 200: entity },
    }),
  };
}

/** DELETE of one item, for the resources that offer it; `summary` says what deleting means there. */
export function deleteRoute(path: string, summary: string) {
  return defineRoute({
    method: 'DELETE',
    path: `${path}/{id}`,
    summary,
    access: 'user',
    params: IdParams,
    responses: { 204: z.undefined() },
  });
}
