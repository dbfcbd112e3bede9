// One declaration per endpoint: a name, its route contract and a handler receiving typed, validated input.
import type { HttpResponseInit } from '@azure/functions';
import type { z } from 'zod';

import type { RouteContract } from '@koberollen/shared/api/route';
import type { User } from '@koberollen/shared/domain/user';

import type { Services } from '../services';
import type { ApiContext, ApiRequest } from './request';

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** What a loader receives: the parsed path parameters and the verified user, before the body is read. */
export interface LoadScope<P> {
  params: P;
  user: User;
  services: Services;
}

/**
 * Reads the tenant's record a route acts on, or throws 404. The pipeline runs it after the role check and before
 * If-Match and the body, so a caller learns whether a record exists only when allowed to act on it.
 */
export type Loader<R extends RouteContract, L> = (scope: LoadScope<Infer<R['params']>>) => Promise<L>;

/** What a handler receives: parsed params, query and body, the verified user, and the services. */
export interface Call<R extends RouteContract, L = undefined> {
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
  user: R['access'] extends 'user' ? User : undefined;
  /** The store version tag from `If-Match`, decoded; present whenever the route requires it. */
  ifMatch: R['ifMatch'] extends 'required' ? string : string | undefined;
  /** What the declaration's loader read. */
  record: L;
  request: ApiRequest;
  context: ApiContext;
  services: Services;
}

export interface FunctionDeclaration<R extends RouteContract = RouteContract, L = unknown> {
  /** `<resource>-<verb>`, unique; the Azure Functions function name. */
  name: string;
  route: R;
  // Method signatures: the route list holds declarations of every route and record type side by side.
  load?(scope: LoadScope<Infer<R['params']>>): Promise<L>;
  handler(call: Call<R, L>): Promise<HttpResponseInit>;
}

type Handler<R extends RouteContract, L> = (call: Call<R, L>) => Promise<HttpResponseInit>;

/**
 * Declares an endpoint; the entry point registers it with `app.http`, the local host serves it through node:http.
 * With a `load` (see `Loader`), the handler finds what it read in `call.record`.
 */
export function declare<R extends RouteContract>(
  name: string,
  route: R,
  handler: Handler<R, undefined>,
): FunctionDeclaration;
export function declare<R extends RouteContract, L>(
  name: string,
  route: R,
  load: Loader<R, L>,
  handler: Handler<R, L>,
): FunctionDeclaration;
export function declare<R extends RouteContract, L>(
  name: string,
  route: R,
  ...rest: [Handler<R, L>] | [Loader<R, L>, Handler<R, L>]
): FunctionDeclaration {
  const [load, handler] = rest.length === 1 ? [undefined, rest[0]] : rest;
  return { name, route, load, handler };
}
