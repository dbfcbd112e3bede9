// One declaration per endpoint: a name, its route contract and a handler receiving typed, validated input.
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { z } from 'zod';

import type { RouteContract } from '@koberollen/shared/api/route';
import type { User } from '@koberollen/shared/domain/user';

import type { Services } from '../services';

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** What a handler receives: parsed params, query and body, the verified user, and the services. */
export interface Call<R extends RouteContract> {
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
  user: R['access'] extends 'user' ? User : undefined;
  request: HttpRequest;
  context: InvocationContext;
  services: Services;
}

export interface FunctionDeclaration<R extends RouteContract = RouteContract> {
  /** `<resource>-<verb>`, unique; the Azure Functions function name. */
  name: string;
  route: R;
  handler: (call: Call<R>) => Promise<HttpResponseInit>;
}

/** Declares an endpoint; the entry point registers it with `app.http`, the local host serves it through node:http. */
export function declare<R extends RouteContract>(
  name: string,
  route: R,
  handler: (call: Call<R>) => Promise<HttpResponseInit>,
): FunctionDeclaration {
  return { name, route, handler };
}
