// The task pane's first screen: product, host and API status, against the real client with a fake network.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';

import { createApiClient, type FetchLike, type FetchResponse } from '@koberollen/shared/api/client';

import { App, hostText } from './App';
import type { HostInfo } from './word/host';

function answer(status: number, body: unknown): FetchResponse {
  return { ok: status < 300, status, headers: { get: () => null }, text: () => Promise.resolve(JSON.stringify(body)) };
}

function renderPane(host: HostInfo, fetch: FetchLike) {
  const api = createApiClient({ baseUrl: 'https://localhost:7071', fetch });
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} api={api} />
    </FluentProvider>,
  );
}

describe('task pane App', () => {
  it('shows the product, the preview notice and the API version', async () => {
    const fetch = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(() =>
      Promise.resolve(answer(200, { status: 'ok', store: 'sqlite', version: '0.1.0', auth: 'local' })),
    );
    renderPane({ kind: 'preview' }, fetch);
    expect(screen.getByRole('heading', { level: 1, name: 'Køberollen' })).toBeTruthy();
    expect(screen.getByText('Forhåndsvisning uden for Word')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Forbinder til Køberollen …');
    expect(await screen.findByText('Forbundet til Køberollen 0.1.0 (lager: sqlite)')).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith('https://localhost:7071/api/health', expect.objectContaining({ method: 'GET' }));
  });

  it('names the Word client and leaves out the preview hint inside Word', () => {
    renderPane({ kind: 'word', platform: 'web' }, () => new Promise(() => undefined));
    expect(screen.getByText('Kører i Word på internettet')).toBeTruthy();
    expect(screen.queryByText(/fanen Hjem/)).toBeNull();
  });

  it('explains in Danish when the API cannot be reached', async () => {
    renderPane({ kind: 'preview' }, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await screen.findByText(/Ingen forbindelse til Køberollen: serveren kunne ikke nås/)).toBeTruthy();
  });
});

describe('hostText', () => {
  it.each<[HostInfo, string]>([
    [{ kind: 'word', platform: 'windows' }, 'Kører i Word til Windows'],
    [{ kind: 'word', platform: 'mac' }, 'Kører i Word til Mac'],
    [{ kind: 'word', platform: 'other' }, 'Kører i Word'],
    [{ kind: 'preview' }, 'Forhåndsvisning uden for Word'],
  ])('words %j as %s', (host, text) => {
    expect(hostText(host)).toBe(text);
  });
});
