// The typed API client for the signed-in pane: the session's bearer token, and a 401 that ends the session.
import { type ApiClient, ApiError, createApiClient, type FetchLike } from '@koberollen/shared/api/client';
import { problemText } from '@koberollen/shared/api/problemText';

import type { Session } from '../session/session';

const clients = new WeakMap<Session, ApiClient>();

/** One client per session; a 401 from any call forgets the token and reports it once. */
export function paneClient(base: string, session: Session, onUnauthorized: () => void): ApiClient {
  const existing = clients.get(session);
  if (existing) return existing;
  const fetchWatching401: FetchLike = async (url, init) => {
    const response = await globalThis.fetch(url, init);
    if (response.status === 401) {
      session.tokens.clear();
      onUnauthorized();
    }
    return response;
  };
  const client = createApiClient({ baseUrl: base, getToken: () => session.tokens.getToken(), fetch: fetchWatching401 });
  clients.set(session, client);
  return client;
}

/** True when the call failed for want of a network (no answer at all). */
export function isOffline(error: unknown): boolean {
  return error instanceof ApiError && error.status === 0;
}

/** A Danish sentence for a failed call, for error states and alerts. */
export function errorText(error: unknown): string {
  if (isOffline(error)) return 'Ingen forbindelse til Køberollen. Det, du har skrevet, er ikke gemt – prøv igen.';
  if (error instanceof ApiError) return problemText(error);
  return 'Der opstod en uventet fejl.';
}
