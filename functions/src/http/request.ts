// What the API reads of a request and its invocation: the part of Azure Functions' `HttpRequest` and
// `InvocationContext` that both hosts provide. The Functions host passes its own objects; the local host adapts
// node:http's request (host/nodeRequest.ts) instead of building a fetch `Request` for every call.
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';

export interface ApiRequest extends Pick<HttpRequest, 'params' | 'query' | 'arrayBuffer'> {
  readonly headers: Pick<Headers, 'get'>;
}

export type ApiContext = Pick<InvocationContext, 'invocationId' | 'warn' | 'error'>;

/** The handler both hosts call for a declared route. */
export type ApiHandler = (request: ApiRequest, context: ApiContext) => Promise<HttpResponseInit>;
