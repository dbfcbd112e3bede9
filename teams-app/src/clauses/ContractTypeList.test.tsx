// The library's contract types in jsdom, through the real API client: procurement adds one by its Danish name alone
// (the key is derived), a bad name is refused on the field with nothing sent, and other roles get no form.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';

import { createApiClient, type FetchLike } from '@koberollen/shared/api/client';
import type { Role } from '@koberollen/shared/domain/user';

import { SessionProvider, type SessionValue } from '../session/sessionContext';
import { ContractTypeList } from './ContractTypeList';

// The success message bar watches its own size; jsdom has no ResizeObserver.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const WHO = { userId: 'proc-1', name: 'Pia Indkøb' };
const STAMP = '2026-01-05T09:00:00.000Z';

const stored = (id: string, key: string, name: string) => ({
  id,
  key,
  name,
  createdAt: STAMP,
  createdBy: WHO,
  updatedAt: STAMP,
  updatedBy: WHO,
});

/** An API holding two contract types that stores what is posted; `posted` records each POST body. */
function fakeApi(answerPost?: (body: { key: string; name: string }) => { status: number; body: unknown } | undefined) {
  const types = [
    stored('t-1', 'botilbud-108', 'Længerevarende botilbud (§ 108)'),
    stored('t-2', 'aflastning', 'Aflastning i weekender'),
  ];
  const posted: { key: string; name: string }[] = [];
  const fetch: FetchLike = (url, init) => {
    const headers = { get: (name: string) => (name.toLowerCase() === 'etag' ? '"1"' : null) };
    const answer = (status: number, body: unknown) =>
      Promise.resolve({ ok: status < 300, status, headers, text: () => Promise.resolve(JSON.stringify(body)) });
    if (init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { key: string; name: string };
      posted.push(body);
      const refused = answerPost?.(body);
      if (refused) return answer(refused.status, refused.body);
      const record = stored(`t-${types.length + 1}`, body.key, body.name);
      types.push(record);
      return answer(201, record);
    }
    return url.includes('/api/contract-types') ? answer(200, { items: types }) : answer(404, { title: 'Ikke fundet' });
  };
  return { fetch, posted };
}

function renderList(roles: Role[], fetch: FetchLike) {
  const api = createApiClient({ baseUrl: 'http://host', getToken: () => Promise.resolve('t'), fetch });
  const session = {
    api,
    getToken: () => Promise.resolve('t'),
    user: { ...WHO, roles, tenantId: 't-1', tenantName: 'Vejle Kommune', mode: 'local' },
    colleagues: [],
  } satisfies SessionValue;
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider value={session}>
        <ContractTypeList />
      </SessionProvider>
    </FluentProvider>,
  );
}

const typeNames = async () =>
  within(await screen.findByRole('list', { name: 'Kontrakttyper' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

async function openForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Ny kontrakttype' }));
  // The form is loaded when opened: its first import here compiles the route contracts, slow on a loaded machine.
  return screen.findByRole('textbox', { name: /Navn/ }, { timeout: 20_000 });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Opret kontrakttypen' }));

it('lists the contract types by name, in Danish order', async () => {
  renderList(['caseworker'], fakeApi().fetch);
  expect(await typeNames()).toEqual(['Aflastning i weekender', 'Længerevarende botilbud (§ 108)']);
});

it.each<Role>(['caseworker', 'negotiator', 'finance', 'manager'])('offers %s no form', async (role) => {
  renderList([role], fakeApi().fetch);
  await typeNames();
  expect(screen.queryByRole('button', { name: 'Ny kontrakttype' })).toBeNull();
});

it('creates a contract type from its name alone and lists it at once', async () => {
  const api = fakeApi();
  renderList(['procurement'], api.fetch);
  const name = await openForm();
  expect(screen.queryByText(/nøgle/i)).toBeNull();
  fireEvent.change(name, { target: { value: '  Aflastning (§ 84) ' } });
  submit();
  await screen.findByText('»Aflastning (§ 84)« er oprettet og kan nu vælges på klausuler og skabeloner.');
  expect(api.posted).toEqual([{ key: 'aflastning-84', name: 'Aflastning (§ 84)' }]);
  expect(await screen.findByRole('link', { name: 'Aflastning (§ 84)' })).toBeTruthy();
  expect(screen.queryByRole('textbox', { name: /Navn/ })).toBeNull();
});

it.each([
  ['', 'Navnet skal udfyldes.'],
  ['længerevarende botilbud (§ 108)', 'Navnet bruges allerede af en anden kontrakttype.'],
  ['x'.repeat(201), 'Navnet må højst være 200 tegn; det er 201.'],
])('refuses the name %j on the field and sends nothing', async (value, message) => {
  const api = fakeApi();
  renderList(['procurement'], api.fetch);
  const name = await openForm();
  fireEvent.change(name, { target: { value } });
  submit();
  expect(await screen.findByText(message)).toBeTruthy();
  expect(name.getAttribute('aria-invalid')).toBe('true');
  expect(api.posted).toEqual([]);
});

it('derives a free key when the name reads like a key in use, and another when the server has taken it', async () => {
  const taken = { status: 409, body: { title: 'Konflikt', fields: { key: 'Der findes allerede en nøgle.' } } };
  const api = fakeApi((body) => (body.key === 'aflastning-2' ? taken : undefined));
  renderList(['procurement'], api.fetch);
  fireEvent.change(await openForm(), { target: { value: 'Aflastning' } });
  submit();
  await screen.findByRole('link', { name: 'Aflastning' });
  expect(api.posted.map((body) => body.key)).toEqual(['aflastning-2', 'aflastning-3']);
});

it('shows the server refusing the name on the field', async () => {
  const inUse = {
    status: 409,
    body: { title: 'Konflikt', fields: { name: 'Navnet bruges allerede af en anden kontrakttype.' } },
  };
  renderList(['procurement'], fakeApi(() => inUse).fetch);
  fireEvent.change(await openForm(), { target: { value: 'Bostøtte' } });
  submit();
  expect(await screen.findByText('Navnet bruges allerede af en anden kontrakttype.')).toBeTruthy();
  expect(screen.queryByRole('link', { name: 'Bostøtte' })).toBeNull();
});
