// The task pane's first screen against a fake network: product, preview notice, API status, sign-in and its modes.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';

import { App, hostText } from './App';
import { createPreviewDocument } from './preview/previewDocument';
import type { HostInfo } from './word/host';

const TENANTS = {
  items: [
    {
      id: 'egebaek',
      name: 'Egebæk Kommune',
      users: [
        { userId: 'u-cw', name: 'Mette Lund', roles: ['caseworker'] },
        { userId: 'u-neg', name: 'Line Nielsen', roles: ['negotiator', 'caseworker'] },
      ],
    },
  ],
};

function answer(status: number, body: unknown) {
  return Promise.resolve({ ok: status < 300, status, json: () => Promise.resolve(body) });
}

function fakeNetwork(auth: 'local' | 'entra') {
  const calls: { url: string; body?: string }[] = [];
  const fetch = jest.fn((url: string, init?: RequestInit) => {
    calls.push({ url, body: typeof init?.body === 'string' ? init.body : undefined });
    if (url.endsWith('/api/health')) return answer(200, { status: 'ok', store: 'sqlite', version: '0.1.0', auth });
    if (url.endsWith('/api/dev/tenants')) return answer(200, TENANTS);
    if (url.endsWith('/api/dev/token'))
      return answer(200, { access_token: 'a.b.c', token_type: 'Bearer', expires_in: 3600 });
    return answer(404, { title: 'Findes ikke' });
  });
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return calls;
}

function renderPane(host: HostInfo = { kind: 'preview' }) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} contractDocument={createPreviewDocument()} base="https://localhost:7071" />
    </FluentProvider>,
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('task pane App', () => {
  it('shows the product, the preview notice and the API version, then the demo picker in local mode', async () => {
    fakeNetwork('local');
    renderPane();
    expect(screen.getByRole('heading', { level: 1, name: 'Køberollen' })).toBeTruthy();
    expect(screen.getByText('Forhåndsvisning – åbn i Word for at redigere dokumentet')).toBeTruthy();
    expect(await screen.findByText('Forbundet til Køberollen 0.1.0 (lager: sqlite)')).toBeTruthy();
    const user = await screen.findByLabelText('Bruger og rolle');
    const options = [...user.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual([
      'Mette Lund – Sagsbehandler',
      'Line Nielsen – Forhandler',
      'Line Nielsen – Sagsbehandler',
    ]);
  });

  it('signs in as the picked user in the one picked role and shows who is signed in', async () => {
    const calls = fakeNetwork('local');
    renderPane();
    fireEvent.change(await screen.findByLabelText('Bruger og rolle'), { target: { value: 'u-neg|negotiator' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(await screen.findByText(/Line Nielsen \(Forhandler\), Egebæk Kommune/)).toBeTruthy();
    const token = calls.find((call) => call.url.endsWith('/api/dev/token'));
    expect(JSON.parse(token!.body!)).toEqual({
      tenantId: 'egebaek',
      userId: 'u-neg',
      name: 'Line Nielsen',
      roles: ['negotiator'],
    });
  });

  it('signs in straight away from a ?tenant=&role= link, as the first seeded user with the role', async () => {
    fakeNetwork('local');
    window.history.replaceState(null, '', '/?tenant=egebaek&role=caseworker');
    renderPane();
    expect(await screen.findByText(/Mette Lund \(Sagsbehandler\), Egebæk Kommune/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Log ud' })).toBeTruthy();
  });

  it('offers Microsoft sign-in in Entra mode and no demo picker', async () => {
    fakeNetwork('entra');
    renderPane({ kind: 'word', platform: 'web' });
    expect(await screen.findByRole('button', { name: 'Log ind med Microsoft' })).toBeTruthy();
    expect(screen.queryByLabelText('Bruger og rolle')).toBeNull();
    expect(screen.getByText('Kører i Word på internettet')).toBeTruthy();
  });

  it('explains in Danish when the API cannot be reached', async () => {
    globalThis.fetch = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    renderPane();
    expect(await screen.findByText(/Ingen forbindelse til Køberollen: Serveren kunne ikke nås/)).toBeTruthy();
  });
});

describe('hostText', () => {
  it.each<[HostInfo, string]>([
    [{ kind: 'word', platform: 'windows' }, 'Kører i Word til Windows'],
    [{ kind: 'word', platform: 'mac' }, 'Kører i Word til Mac'],
    [{ kind: 'word', platform: 'other' }, 'Kører i Word'],
    [{ kind: 'preview' }, 'Forhåndsvisning – åbn i Word for at redigere dokumentet'],
  ])('words %j as %s', (host, text) => {
    expect(hostText(host)).toBe(text);
  });
});
