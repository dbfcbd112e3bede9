// A provider's page in jsdom, read through the real API client: a supervision report's stored web link is "Læs
// rapporten"; a `javascript:`, `data:` or `vbscript:` link stored before links were checked is shown as no link at all.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';

import { createApiClient, type FetchLike } from '@koberollen/shared/api/client';

import { SessionProvider, type SessionValue } from '../session/sessionContext';
import { ProviderPage } from './ProviderPage';

const WHO = { userId: 'proc-1', name: 'Pia Indkøb' };
const STAMP = '2026-01-05T09:00:00.000Z';

function provider(links: string[]) {
  return {
    id: 'p-1',
    name: 'Bostedet Engly',
    cvr: '12345674',
    ownership: 'private',
    address: { street: 'Skovvej 2', postalCode: '7100', city: 'Vejle' },
    municipality: 'Vejle Kommune',
    region: 'Syddanmark',
    contacts: [],
    offers: [],
    supervisionReports: links.map((link, i) => ({
      date: `2025-0${i + 1}-10`,
      authority: 'Socialtilsyn Syd',
      conclusion: `Konklusion ${i + 1}`,
      link,
    })),
    educationLevels: [],
    qualityNotes: [],
    createdAt: STAMP,
    createdBy: WHO,
    updatedAt: STAMP,
    updatedBy: WHO,
  };
}

/** Renders the page with the API answering the provider as stored and no contracts. */
function renderPage(stored: ReturnType<typeof provider>) {
  const fetch: FetchLike = (url) => {
    const body = url.includes('/api/contracts') ? { items: [] } : stored;
    const headers = { get: (name: string) => (name.toLowerCase() === 'etag' ? '"1"' : null) };
    return Promise.resolve({ ok: true, status: 200, headers, text: () => Promise.resolve(JSON.stringify(body)) });
  };
  const api = createApiClient({ baseUrl: 'http://host', getToken: () => Promise.resolve('t'), fetch });
  const session = {
    api,
    getToken: () => Promise.resolve('t'),
    user: { ...WHO, roles: ['procurement'], tenantId: 't-1', tenantName: 'Vejle Kommune', mode: 'local' },
    colleagues: [],
  } satisfies SessionValue;
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider value={session}>
        <ProviderPage id="p-1" />
      </SessionProvider>
    </FluentProvider>,
  );
}

it('links a stored web address as "Læs rapporten", opening in a new window', async () => {
  renderPage(provider(['https://tilsyn.example.dk/rapport.pdf']));
  const link = await screen.findByRole('link', { name: 'Læs rapporten' });
  expect(link.getAttribute('href')).toBe('https://tilsyn.example.dk/rapport.pdf');
  expect(link.getAttribute('target')).toBe('_blank');
  expect(link.getAttribute('rel')).toContain('noopener');
});

it.each(['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)'])(
  'shows the report but no link for a stored %j',
  async (stored) => {
    const { container } = renderPage(provider([stored, 'https://tilsyn.example.dk/ny.pdf']));
    expect(await screen.findByText(/Konklusion 1/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Læs rapporten' })).toHaveLength(1);
    const hrefs = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => !/^(https?:|#)/i.test(href))).toEqual([]);
  },
);
