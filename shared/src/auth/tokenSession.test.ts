// The in-memory token: reused while fresh, refreshed before expiry, one fetch for concurrent callers.
import { createTokenSession, REFRESH_MARGIN_MS } from './tokenSession';

function fetcher(lifetimeSeconds: number) {
  let issued = 0;
  const fetchToken = jest.fn(() => Promise.resolve({ token: `t${++issued}`, expiresInSeconds: lifetimeSeconds }));
  return fetchToken;
}

describe('createTokenSession', () => {
  it('reuses the token until the refresh margin before expiry, then fetches a new one', async () => {
    let clock = 0;
    const fetchToken = fetcher(3600);
    const session = createTokenSession(fetchToken, () => clock);
    expect(await session.getToken()).toBe('t1');
    clock = 3600_000 - REFRESH_MARGIN_MS - 1;
    expect(await session.getToken()).toBe('t1');
    clock += 2;
    expect(await session.getToken()).toBe('t2');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('refreshes a short-lived token after nine tenths of its life', async () => {
    let clock = 0;
    const session = createTokenSession(fetcher(60), () => clock);
    await session.getToken();
    clock = 53_000;
    expect(await session.getToken()).toBe('t1');
    clock = 54_001;
    expect(await session.getToken()).toBe('t2');
  });

  it('shares one fetch between concurrent callers and fetches again after clear', async () => {
    const fetchToken = fetcher(3600);
    const session = createTokenSession(fetchToken, () => 0);
    expect(await Promise.all([session.getToken(), session.getToken()])).toEqual(['t1', 't1']);
    session.clear();
    expect(await session.getToken()).toBe('t2');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed fetch: the next call tries again', async () => {
    const fetchToken = jest
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ token: 'ok', expiresInSeconds: 3600 });
    const session = createTokenSession(fetchToken, () => 0);
    await expect(session.getToken()).rejects.toThrow('offline');
    expect(await session.getToken()).toBe('ok');
  });
});
