// The Graph client's middleware: token, retries of 429/503 honouring Retry-After, and a timeout per request.
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

import type { TokenCredential } from '@azure/identity';
import {
  AuthenticationHandler,
  Client,
  type Context,
  type Middleware,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';

/** Error names the transport gives failures it recognises, read back by `toFailure`. */
export const TIMEOUT_ERROR = 'GraphTimeoutError';
export const UNREACHABLE_ERROR = 'GraphUnreachableError';

/** Connection errors that happen before a request reaches Graph: it cannot have acted. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** The response status codes that carry no body. */
const NO_BODY = new Set([204, 205, 304]);

export interface TransportOptions {
  /** Graph's root including the version, e.g. `https://graph.microsoft.com/v1.0`. */
  baseUrl: string;
  timeoutMs: number;
  /** Retries of a throttled (429) or unavailable (503) request within one call. */
  maxRetries: number;
  /** The longest Retry-After honoured within one call; a longer one ends the call (the caller may try later). */
  maxRetryAfterSeconds: number;
  /** The HTTPS agent: keeps connections open and trusts the system's certificates plus any configured one. */
  agent: https.Agent;
}

function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

function responseHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  return headers;
}

/**
 * The last handler: sends the request with node:https through our agent and gives up after the timeout. A connection
 * that could not be made is named as such: Graph never saw that request.
 */
class HttpsHandler implements Middleware {
  constructor(
    private readonly timeoutMs: number,
    private readonly agent: https.Agent,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = context.options ?? {};
    const headers = Object.fromEntries(new Headers(options.headers as HeadersInit).entries());
    const body = options.body as string | Buffer | undefined;
    context.response = await new Promise<Response>((resolve, reject) => {
      const request = https.request(url, { method: options.method ?? 'GET', headers, agent: this.agent }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', reject);
        answer.on('end', () => {
          const status = answer.statusCode ?? 502;
          const content = NO_BODY.has(status) ? null : Buffer.concat(chunks);
          resolve(new Response(content, { status, headers: responseHeaders(answer.headers) }));
        });
      });
      const timer = setTimeout(
        () => request.destroy(namedError(TIMEOUT_ERROR, `no answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
      request.on('close', () => clearTimeout(timer));
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code && NOT_CONNECTED.has(error.code)) {
          reject(namedError(UNREACHABLE_ERROR, `cannot connect (${error.code})`));
        } else reject(error);
      });
      request.end(body);
    });
  }

  setNext(): void {
    // The last handler: nothing follows.
  }
}

/** Seconds Graph asks to wait, from a Retry-After of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

/** A Graph client whose requests carry a token from `credential`. */
export function graphClient(credential: TokenCredential, options: TransportOptions): Client {
  const root = new URL(options.baseUrl);
  const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: [`${root.origin}/.default`] });
  // Only 429 and 503 are retried: Graph did not act on them. A 504 may have been acted on, so it is not.
  const shouldRetry = (_delay: number, _attempt: number, _req: RequestInfo, _opt: unknown, response: Response) =>
    (response.status === 429 || response.status === 503) &&
    (retryAfterSeconds(response.headers.get('retry-after')) ?? 0) <= options.maxRetryAfterSeconds;
  const retry = new RetryHandler(new RetryHandlerOptions(1, options.maxRetries, shouldRetry));
  return Client.initWithMiddleware({
    middleware: [new AuthenticationHandler(authProvider), retry, new HttpsHandler(options.timeoutMs, options.agent)],
    baseUrl: root.origin,
    defaultVersion: root.pathname.replace(/^\/+|\/+$/g, ''),
    customHosts: new Set([root.hostname]),
  });
}
