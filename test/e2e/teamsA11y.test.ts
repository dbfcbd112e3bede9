// axe in Chromium on the Teams tab's views (board, list, search, provider, comparison, case, create form, import,
// contract register and contract) in the light theme, and the board, case, search, comparison, register and contract
// also in the dark and high-contrast themes: no serious or critical violation.

import { apiCall, describeTab, severeByView, tokenFor } from './support/teamsTab';

// Each theme checks every view in it: nine in the light theme, six in the others, on a shared two-core machine.
jest.setTimeout(450_000);

/** Checked in every theme; the rest of the views in the default theme. */
const THEMED = ['tavle', 'sag', 'søgning', 'sammenligning', 'kontrakter', 'kontrakt'];

describeTab('Teams tab accessibility in Chromium', (tab) => {
  let views: Record<string, string>;

  beforeAll(async () => {
    const token = await tokenFor(tab, 'caseworker');
    const providers = (await apiCall(tab.host, token, 'GET', '/api/providers?limit=3')).body.items;
    const someCase = (await apiCall(tab.host, token, 'GET', '/api/cases?phase=choice&limit=1')).body.items[0];
    const contract = (await apiCall(tab.host, token, 'GET', '/api/contracts?status=active&sort=cost&limit=1')).body
      .items[0];
    const compare = providers.map((p: { id: string; offers: { id: string }[] }) => `${p.id}~${p.offers[0]!.id}`);
    views = {
      tavle: '#/sager',
      liste: '#/sager?visning=liste',
      sag: `#/sager/${someCase.id}`,
      'ny sag': '#/sager/ny',
      søgning: '#/leverandoerer',
      leverandør: `#/leverandoerer/${providers[0].id}`,
      sammenligning: `#/leverandoerer/sammenlign?tilbud=${encodeURIComponent(compare.join(','))}`,
      kontrakter: '#/kontrakter',
      kontrakt: `#/kontrakter/${contract.id}`,
    };
  }, 60_000);

  it.each(['default', 'dark', 'contrast'])('finds no serious or critical violation in the %s theme', async (theme) => {
    expect(await severeByView(tab, 'caseworker', views, theme, THEMED)).toEqual({});
  });
});
