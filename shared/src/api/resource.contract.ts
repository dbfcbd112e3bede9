// Route contracts for a standard resource: list, create, read, replace and (optionally) delete, from its schemas.
import { z } from 'zod';

import { Id, pageOf, PagingQuery, replaceBody } from '../domain/common';
import type { Role } from '../domain/user';
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
  /** PascalCase names for operation ids, e.g. `Provider` and `Providers` give `listProviders`, `createProvider`. */
  names: [singular: string, plural: string];
  /** The roles that create and replace records; every signed-in user of the tenant reads them. */
  writers: readonly Role[];
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
  const { path, plural, input, entity, serverFields, filters, writers } = options;
  const [one, many] = options.names;
  const item = `${path}/{id}`;
  return {
    list: defineRoute({
      method: 'GET',
      path,
      operationId: `list${many}`,
      summary: `List ${plural}`,
      access: 'user',
      query: z.strictObject({ ...filters, ...PagingQuery }),
      responses: { 200: pageOf(entity) },
    }),
    create: defineRoute({
      method: 'POST',
      path,
      operationId: `create${one}`,
      summary: `Create one of the ${plural}`,
      access: 'user',
      roles: writers,
      creates: true,
      body: input.strict(),
      responses: { 201: entity },
    }),
    get: defineRoute({
      method: 'GET',
      path: item,
      operationId: `get${one}`,
      summary: `Read one of the ${plural}`,
      access: 'user',
      params: IdParams,
      responses: { 200: entity },
    }),
    replace: defineRoute({
      method: 'PUT',
      path: item,
      operationId: `replace${one}`,
      summary: `Replace one of the ${plural} (If-Match required)`,
      access: 'user',
      roles: writers,
      ifMatch: 'required',
      params: IdParams,
      body: replaceBody(input, serverFields),
      responses: { 200: entity },
    }),
  };
}

/** DELETE of one item, for the resources that offer it; `summary` says what deleting means there. */
export function deleteRoute(path: string, summary: string, access: { operationId: string; writers: readonly Role[] }) {
  return defineRoute({
    method: 'DELETE',
    path: `${path}/{id}`,
    operationId: access.operationId,
    summary,
    access: 'user',
    roles: access.writers,
    ifMatch: 'required',
    params: IdParams,
    responses: { 204: z.undefined() },
  });
}
