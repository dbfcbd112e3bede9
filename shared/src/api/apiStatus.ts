// The API status line both front ends show: asks GET /api/health and words the answer in Danish.
import { type ApiClient, ApiError } from './client';
import { healthRoutes } from './health.contract';
import { describeHealth } from './healthText';

export { describeHealth };

/** What the status line shows: still asking, connected, or a Danish explanation of what went wrong. */
export interface ApiStatus {
  state: 'pending' | 'ok' | 'error';
  text: string;
}

export const PENDING_API_STATUS: ApiStatus = { state: 'pending', text: 'Forbinder til Køberollen …' };

/** A Danish sentence for a failed health check, with the server's own explanation where it gave one. */
export function describeApiFailure(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Ingen forbindelse til Køberollen: der opstod en uventet fejl.';
  if (error.status === 0) return 'Ingen forbindelse til Køberollen: serveren kunne ikke nås. Prøv igen om lidt.';
  const reason = error.detail ? `${error.title}. ${error.detail}` : `${error.title}.`;
  return `Køberollen svarer ikke som forventet (fejl ${error.status}): ${reason}`;
}

/** Checks the API once; never rejects. */
export async function checkApiStatus(client: ApiClient): Promise<ApiStatus> {
  try {
    const { data } = await client.call(healthRoutes.getHealth);
    return { state: 'ok', text: describeHealth(data) };
  } catch (error) {
    return { state: 'error', text: describeApiFailure(error) };
  }
}

/** Checks the API and reports the outcome unless the returned cancel function ran first (fits a React effect). */
export function watchApiStatus(client: ApiClient, onStatus: (status: ApiStatus) => void): () => void {
  let active = true;
  void checkApiStatus(client).then((status) => {
    if (active) onStatus(status);
  });
  return () => {
    active = false;
  };
}
