// Route contracts as data: method, path, inputs and responses, shared by the API, its client and its OpenAPI document.
import type { z } from 'zod';

import type { Role } from '../domain/user';

/** Who may call a route: nobody signed in, any signed-in user, or only the local development host. */
export type RouteAccess = 'public' | 'user' | 'dev';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One endpoint of the API. `path` uses `{name}` placeholders, e.g. `/api/clauses/{id}`. */
export interface RouteContract {
  method: HttpMethod;
  path: string;
  /** Stable, unique camelCase name of the operation, e.g. `listProviders`; client generators name methods after it. */
  operationId: string;
  summary: string;
  access: RouteAccess;
  /** The roles of which a signed-in caller must hold one; absent means every signed-in user of the tenant. */
  roles?: readonly Role[];
  /** Open to a signed-in user who holds no known role yet; every other route answers such a user 403. */
  withoutRole?: true;
  /** Whether the request carries the version it changes in `If-Match`: required (428 without) or optional. */
  ifMatch?: 'required' | 'optional';
  /** The route creates a record and accepts an `Idempotency-Key`, so a retried request creates no twin. */
  creates?: true;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Success responses by status code; error responses are problem documents. */
  responses: Partial<Record<200 | 201 | 204, z.ZodType>>;
  /** For routes that take or answer a file instead of JSON: the media types of the body and of the 200 answer. */
  files?: { body?: readonly string[]; response?: readonly string[] };
}

/** Declares a route while keeping its literal types for inference. */
export function defineRoute<const R extends RouteContract>(route: R): R {
  return route;
}

/** The Azure Functions route string (below the `api` prefix) for a contract path. */
export function functionsRoute(path: string): string {
  if (!path.startsWith('/api/')) throw new Error(`Route path must start with /api/: ${path}`);
  return path.slice('/api/'.length);
}

/**
 * What a request needs of a route, without its schemas: the head a first screen calls the API by. `R` names the
 * contract it stands for, so the call and its answer keep the contract's types.
 */
export interface RouteHead<R extends RouteContract = RouteContract> {
  method: R['method'];
  path: R['path'];
  operationId: R['operationId'];
  access: R['access'];
  creates?: R['creates'];
  /** Types only: never set. */
  readonly contract?: R;
}
