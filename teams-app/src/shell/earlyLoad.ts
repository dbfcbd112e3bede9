// The first view's data, asked for as soon as the session exists rather than once the view's code has loaded and
// rendered. The view's first call for the same request takes the answer already on its way (once, and only while it
// is fresh), checked against the route's contract then as any answer is; every other call asks the API afresh.
import {
  type ApiClient,
  type ApiResponse,
  type CallOptions,
  checkAnswer,
  fillPath,
  queryString,
} from '@koberollen/shared/api/client';
import type { RouteContract, RouteHead } from '@koberollen/shared/api/route';

type Answer = ApiResponse<RouteContract>;

/** An answer started early is taken within this time, or left for a fresh call. */
const FRESH_MS = 10_000;

/** The answers started early, by request; a view that makes the same read twice finds two. */
const started = new Map<string, { answer: Promise<Answer>; at: number }[]>();

/** The client under each client that answers from them, which sends the early reads themselves. */
const clients = new WeakMap<ApiClient, ApiClient>();

type Request = { params?: unknown; query?: unknown } | undefined;

/** The request a read stands for, with its query in a fixed order; undefined for anything but a read. */
function requestKey(head: RouteHead, options: Request = {}): string | undefined {
  if (head.method !== 'GET') return undefined;
  const search = new URLSearchParams(queryString(options.query));
  search.sort();
  return `${fillPath(head.path, options.params)}?${search.toString()}`;
}

/** Sends a read now through `api`; a failure is reported to the call that takes it. */
export function startEarly<R extends RouteContract>(
  api: ApiClient,
  head: RouteHead<R>,
  options?: CallOptions<R>,
): void {
  const key = requestKey(head, options);
  if (!key) return;
  const client = clients.get(api) ?? api;
  const answer = (client.callUnparsed as (h: RouteHead, o?: object) => Promise<Answer>)(head, options);
  answer.catch(() => undefined);
  started.set(key, [...(started.get(key) ?? []), { answer, at: Date.now() }]);
}

/** The answer started early for this request, once and while fresh. */
function takeEarly(head: RouteHead, options: Request): Promise<Answer> | undefined {
  const key = requestKey(head, options);
  const [early, ...rest] = (key && started.get(key)) || [];
  if (!key || !early) return undefined;
  if (rest.length > 0) started.set(key, rest);
  else started.delete(key);
  return Date.now() - early.at <= FRESH_MS ? early.answer : undefined;
}

/** `api`, answering a call from an answer started early for the same request where there is one. */
export function withEarlyAnswers(api: ApiClient): ApiClient {
  const call = (route: RouteContract, options?: object) => {
    const early = takeEarly(route, options);
    return early
      ? early.then((answer) => checkAnswer(route, answer))
      : (api.call as (r: RouteContract, o?: object) => Promise<Answer>)(route, options);
  };
  const callUnparsed = (head: RouteHead, options?: object) =>
    takeEarly(head, options) ?? (api.callUnparsed as (h: RouteHead, o?: object) => Promise<Answer>)(head, options);
  const early = { call, callUnparsed } as ApiClient;
  clients.set(early, api);
  return early;
}
