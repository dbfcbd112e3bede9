// The Teams tab's first screen: product, the five phases in order and the API status, through the real client.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';

import { createApiClient, type FetchLike, type FetchResponse } from '@koberollen/shared/api/client';

import { App } from './App';

// Fluent's MessageBar measures itself for reflow; jsdom has no layout, so nothing is ever observed.
window.ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function answer(status: number, body: unknown): FetchResponse {
  return { ok: status < 300, status, headers: { get: () => null }, text: () => Promise.resolve(JSON.stringify(body)) };
}

function renderTab(inTeams: boolean, fetch: FetchLike) {
  const api = createApiClient({ baseUrl: 'https://localhost:7071', fetch });
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <App inTeams={inTeams} api={api} />
    </FluentProvider>,
  );
}

describe('Teams tab App', () => {
  it('shows the product, the five phases in order and the connected API', async () => {
    renderTab(false, () =>
      Promise.resolve(answer(200, { status: 'ok', store: 'cosmos', version: '2.0.1', auth: 'entra' })),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Køberollen' })).toBeTruthy();
    const phases = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(phases.map((item) => item.firstChild?.textContent)).toEqual([
      'Fastlæggelse af støttebehov',
      'Afdækning af relevante tilbud',
      'Valg af tilbud',
      'Forhandling og kontrakt',
      'Opfølgning',
    ]);
    expect(screen.getByText('Åbnet i browseren uden for Teams')).toBeTruthy();
    expect(await screen.findByText('Forbundet til Køberollen 2.0.1 (lager: cosmos)')).toBeTruthy();
  });

  it('says when it runs in Teams', () => {
    renderTab(true, () => new Promise(() => undefined));
    expect(screen.getByText('Åbnet i Microsoft Teams')).toBeTruthy();
    expect(screen.getByText('Forbinder til Køberollen …')).toBeTruthy();
  });

  it('shows the server problem in Danish', async () => {
    renderTab(false, () =>
      Promise.resolve(answer(503, { title: 'Tjenesten er midlertidigt utilgængelig', detail: 'Lageret svarer ikke.' })),
    );
    expect(
      await screen.findByText(/fejl 503\): Tjenesten er midlertidigt utilgængelig\. Lageret svarer ikke\./),
    ).toBeTruthy();
  });
});
