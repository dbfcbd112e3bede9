// Route contracts of a versioned library record: publish the working copy, list its versions, read one version.
import { z } from 'zod';

import { Id, pageOf, PagingQuery } from '../domain/common';
import type { Role } from '../domain/user';
import { PublishBody } from '../domain/versioned';
import { IdParams } from './resource.contract';
import { defineRoute } from './route';

export const VersionParams = z.strictObject({ id: Id, version: z.coerce.number().int().positive() });

interface VersionRouteOptions<E extends z.ZodType, V extends z.ZodType> {
  /** Collection path, e.g. `/api/clauses`. */
  path: string;
  /** English noun for summaries, e.g. `clause`. */
  noun: string;
  /** PascalCase name for operation ids, e.g. `Clause` gives `publishClause`, `listClauseVersions`. */
  name: string;
  writers: readonly Role[];
  entity: E;
  version: V;
}

/** Publish (If-Match required), the list of published versions oldest first, and one version by number. */
export function versionRoutes<E extends z.ZodType, V extends z.ZodType>(options: VersionRouteOptions<E, V>) {
  const { path, noun, name, writers, entity, version } = options;
  return {
    publish: defineRoute({
      method: 'POST',
      path: `${path}/{id}/publish`,
      operationId: `publish${name}`,
      summary: `Publish the working copy of a ${noun} as its next immutable version (If-Match required)`,
      access: 'user',
      roles: writers,
      ifMatch: 'required',
      params: IdParams,
      body: PublishBody,
      responses: { 200: entity },
    }),
    versions: defineRoute({
      method: 'GET',
      path: `${path}/{id}/versions`,
      operationId: `list${name}Versions`,
      summary: `List the published versions of a ${noun}, oldest first`,
      access: 'user',
      params: IdParams,
      query: z.strictObject(PagingQuery),
      responses: { 200: pageOf(version) },
    }),
    version: defineRoute({
      method: 'GET',
      path: `${path}/{id}/versions/{version}`,
      operationId: `get${name}Version`,
      summary: `Read one published version of a ${noun}`,
      access: 'user',
      params: VersionParams,
      responses: { 200: version },
    }),
  };
}
