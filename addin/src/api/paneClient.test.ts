// The pane's client sends the session's token and ends the session on a 401 instead of showing an error page.
import { systemRoutes } from '@koberollen/shared/api/system.contract';

import type { Session } from '../session/session';
import { errorText, paneClient } from './paneClient';

function session(): Session & { cleared: number } {
  const state = { cleared: 0 };
  return Object.assign(state, {
    user: { tenantId: 't', tenantName: 'Egebæk Kommune', userId: 'u', name: 'Mette', roles: ['caseworker' as const] },
    tokens: { getToken: () => Promise.resolve('token-1'), clear: () => void (state.cleared += 1) },
  });
}

function answering(status: number, body: unknown) {
  const fetch = jest.fn((_url: string, _init: { headers: Record<string, string> }) =>
    Promise.resolve({
      ok: status < 300,
      status,
      headers: { get: () => null },
      text: () => Promise.resolve(JSON.stringify(body)),
    }),
  );
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return fetch;
}

it('sends the bearer token and hands back the answer', async () => {
  const fetch = answering(200, {
    tenantId: 't',
    userId: 'u',
    name: 'Mette',
    roles: ['caseworker'],
    tenantName: 'Egebæk',
  });
  const onUnauthorized = jest.fn();
  const answer = await paneClient('https://pane', session(), onUnauthorized).call(systemRoutes.me);
  expect(answer.data.tenantName).toBe('Egebæk');
  expect(fetch.mock.calls[0]![1].headers.Authorization).toBe('Bearer token-1');
  expect(onUnauthorized).not.toHaveBeenCalled();
});

it('forgets the token and asks for sign-in on a 401', async () => {
  answering(401, { title: 'Ikke logget ind', status: 401 });
  const signedIn = session();
  const onUnauthorized = jest.fn();
  await expect(paneClient('https://pane', signedIn, onUnauthorized).call(systemRoutes.me)).rejects.toMatchObject({
    status: 401,
  });
  expect(onUnauthorized).toHaveBeenCalledTimes(1);
  expect(signedIn.cleared).toBe(1);
});

it('says in Danish that nothing was saved when there is no network', async () => {
  globalThis.fetch = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
  const failure = await paneClient('https://pane', session(), jest.fn())
    .call(systemRoutes.me)
    .catch((error: unknown) => error);
  expect(errorText(failure)).toBe('Ingen forbindelse til Køberollen. Det, du har skrevet, er ikke gemt – prøv igen.');
});
