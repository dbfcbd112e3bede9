// Typed API client over the route contracts: builds the request from a contract and parses the answer with it. It
// imports no schema itself, so a first screen can call the API through it by a route's head alone (see heads.ts).
import type { z } from 'zod';

import { ApiError, apiErrorOf } from './apiError';
import type { RouteContract, RouteHead } from './route';

export { ApiError } from './apiError';

type SuccessStatus = 200 | 201 | 204;
type Input<S> = S extends z.ZodType ? z.input<S> : never;

/** Path placeholders: required whenever the route declares params. */
type ParamsOption<R extends RouteContract> = R['params'] extends z.ZodType
  ? { params: Input<R['params']> }
  : { params?: undefined };
/** Query: optional when every query field is optional. */
type QueryOption<R extends RouteContract> = R['query'] extends z.ZodType
  ? object extends Input<R['query']>
    ? { query?: Input<R['query']> }
    : { query: Input<R['query']> }
  : { query?: undefined };
type BodyOption<R extends RouteContract> = R['body'] extends z.ZodType
  ? { body: Input<R['body']> }
  : { body?: undefined };

/**
 * What one call sends besides the route: path params, query, JSON body, an optional `If-Match` entity tag and, for
 * a create, the `Idempotency-Key` of the user action when it outlives the call (a write queued while offline).
 */
export type CallOptions<R extends RouteContract> = ParamsOption<R> &
  QueryOption<R> &
  BodyOption<R> & { ifMatch?: string; idempotencyKey?: string };

/** The answer to a call: one member per success status the contract declares, with its parsed body. */
export type ApiResponse<R extends RouteContract> = {
  [S in keyof R['responses'] & SuccessStatus]: {
    status: S;
    data: R['responses'][S] extends z.ZodType ? z.infer<R['responses'][S]> : undefined;
    /** The `ETag` header, when the answer carries one (pass it back as `ifMatch`). */
    etag?: string;
  };
}[keyof R['responses'] & SuccessStatus];

type CallArgs<R extends RouteContract> =
  object extends CallOptions<R> ? [options?: CallOptions<R>] : [options: CallOptions<R>];

/** What the implementation reads from any route's options. */
interface SentOptions {
  params?: unknown;
  query?: unknown;
  body?: unknown;
  ifMatch?: string;
  idempotencyKey?: string;
}

export interface ApiClient {
  /** Calls one route; resolves with a declared success answer or throws an `ApiError`. */
  call<R extends RouteContract>(route: R, ...args: CallArgs<R>): Promise<ApiResponse<R>>;
  /**
   * Calls a route known by its head only, for a first screen that must load without the contract's schemas: the
   * contract types the call and its answer, but the answer is not parsed (any 2xx is taken as the declared body).
   */
  callUnparsed<R extends RouteContract>(head: RouteHead<R>, ...args: CallArgs<R>): Promise<ApiResponse<R>>;
}

/** The part of a fetch `Response` the client reads. */
export interface FetchResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The part of `fetch` the client uses; the global `fetch` fits, and so does a test double. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<FetchResponse>;

export interface ApiClientOptions {
  /** Origin (and optional prefix) the contract paths are appended to, e.g. `https://localhost:7071`. */
  baseUrl: string;
  /** Supplies a bearer token for routes that need a signed-in user; undefined sends none. */
  getToken?: () => Promise<string | undefined>;
  /** Defaults to the global `fetch`. */
  fetch?: FetchLike;
  /** Waits before each retry of a call safe to repeat (see `isRepeatable`); one entry per retry. */
  retryDelaysMs?: readonly number[];
}

/** Two quick retries: enough to ride out a dropped connection or a store restarting, short enough to wait for. */
export const RETRY_DELAYS_MS = [100, 400] as const;
/** The longest `Retry-After` a retry waits; a longer one is answered to the caller at once. */
const MAX_RETRY_AFTER_MS = 2000;

/** Reads, and creates that carry their Idempotency-Key, can be sent again without doing anything twice. */
function isRepeatable(route: RouteHead): boolean {
  return route.method === 'GET' || route.creates === true;
}

/** How long to wait before retrying an answer: a 503 that says when to come back, within bounds; else never. */
function retryWait(response: FetchResponse, delayMs: number): number | undefined {
  if (response.status !== 503) return undefined;
  const seconds = Number(response.headers.get('retry-after') ?? 'NaN');
  if (!Number.isFinite(seconds) || seconds * 1000 > MAX_RETRY_AFTER_MS) return undefined;
  return Math.max(delayMs, seconds * 1000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates a client; every call goes to `baseUrl` + the contract path. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const base = options.baseUrl.replace(/\/+$/, '');
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;

  async function call<R extends RouteContract>(route: R, ...args: CallArgs<R>): Promise<ApiResponse<R>> {
    return successFrom(route, await answer(route, args[0] ?? {}));
  }

  async function callUnparsed<R extends RouteContract>(
    head: RouteHead<R>,
    ...args: CallArgs<R>
  ): Promise<ApiResponse<R>> {
    const response = await answer(head, args[0] ?? {});
    const body = await jsonOf(response);
    const etag = response.headers.get('etag') ?? undefined;
    // The head stands for its contract (heads.test.ts compares them); the API answers what the contract declares.
    return { status: response.status, data: body, ...(etag ? { etag } : {}) } as ApiResponse<R>;
  }

  /** Sends the request a route describes and answers its successful response; a failure is an `ApiError`. */
  async function answer(route: RouteHead, request: SentOptions): Promise<FetchResponse> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    // Only user routes ask for a token: public and dev routes (the dev token endpoint itself) must work signed out.
    const token = route.access === 'user' ? await options.getToken?.() : undefined;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.ifMatch) headers['If-Match'] = request.ifMatch;
    // One key per call, kept across its retries: the server answers a retry with the first result.
    if (route.creates) headers['Idempotency-Key'] = request.idempotencyKey ?? crypto.randomUUID();
    let body: string | undefined;
    if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    const url = base + fillPath(route.path, request.params) + queryString(request.query);
    const response = await send(url, { method: route.method, headers, body }, isRepeatable(route) ? delays : []);
    if (!response.ok) throw apiErrorOf(response.status, await response.text().catch(() => ''));
    return response;
  }

  /** Sends a request, retrying a failed connection or a passing 503 once per delay. */
  async function send(url: string, init: Parameters<FetchLike>[1], retries: readonly number[]): Promise<FetchResponse> {
    for (let attempt = 0; ; attempt++) {
      const delay = retries[attempt];
      try {
        const response = await fetchImpl(url, init);
        const wait = delay === undefined ? undefined : retryWait(response, delay);
        if (wait === undefined) return response;
        await sleep(wait);
      } catch (error) {
        if (delay === undefined) {
          throw new ApiError(
            0,
            { title: 'Ingen forbindelse', detail: 'Serveren kunne ikke nås. Kontrollér forbindelsen, og prøv igen.' },
            { cause: error },
          );
        }
        await sleep(delay);
      }
    }
  }

  return { call, callUnparsed };
}

/** Fills `{name}` placeholders with URL-encoded values; a missing value is a programming error. */
export function fillPath(path: string, params: unknown): string {
  const values = isRecord(params) ? params : {};
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') throw new Error(`Missing path parameter "${name}"`);
    return encodeURIComponent(scalar(value));
  });
}

/** `?a=1&b=x&b=y` from an object; undefined values are left out, arrays repeat the key. */
export function queryString(query: unknown): string {
  if (!isRecord(query)) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (item !== undefined && item !== null) search.append(name, scalar(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function successFrom<R extends RouteContract>(route: R, response: FetchResponse): Promise<ApiResponse<R>> {
  const status = declaredStatus(route, response.status);
  const etag = response.headers.get('etag') ?? undefined;
  return checkAnswer(route, { status, data: await jsonOf(response), ...(etag ? { etag } : {}) });
}

/**
 * Checks an answer fetched by the route's head (`callUnparsed`) against the route's contract, as `call` checks the
 * answers it fetches itself: a status the contract does not declare, or a body that does not fit, is an `ApiError`.
 */
export function checkAnswer<R extends RouteContract>(
  route: R,
  answer: { status: number; data: unknown; etag?: string },
): ApiResponse<R> {
  const { data: parsed, etag } = answer;
  const status = declaredStatus(route, answer.status);
  const schema = route.responses[status];
  const result = schema ? schema.safeParse(parsed) : { success: true as const, data: undefined };
  if (!result.success) {
    throw new ApiError(
      status,
      { title: 'Uventet svar', detail: 'Svaret fra serveren passer ikke til det forventede format.' },
      { cause: result.error },
    );
  }
  // The status was checked against the contract's responses and the body parsed with that status's schema.
  return { status, data: result.data, ...(etag ? { etag } : {}) } as ApiResponse<R>;
}

/** The status, when the route declares it among its success answers; else an `ApiError`. */
function declaredStatus(route: RouteContract, status: number): SuccessStatus {
  if (!(status in route.responses)) {
    throw new ApiError(status, { title: 'Uventet svar', detail: `Serveren svarede med status ${status}.` });
  }
  return status as SuccessStatus;
}

/** The answer's JSON body (undefined when empty); a body that is not JSON is an `ApiError`. */
async function jsonOf(response: FetchResponse): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch (error) {
    throw new ApiError(
      response.status,
      { title: 'Uventet svar', detail: 'Svaret fra serveren er ikke gyldig JSON.' },
      { cause: error },
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  throw new Error('Path and query values must be strings, numbers, booleans or dates');
}
