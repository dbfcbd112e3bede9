// The Teams tab's contract types in Chromium against the built host: procurement adds one by its Danish name alone (a
// name in use is refused on the field, nothing written), and without a reload it is in the list, a choice on a clause
// and the contract type of a template; a case worker gets no form and the API refuses one anyway; the list and the
// form hold at 1280, 1024 and 768 px with axe at 0 serious or critical findings in every theme.
import { severeViolations } from './support/axe';
import { layoutProblems } from './support/layout';
import { photograph } from './support/screens';
import { apiCall, describeTab, openSettled, openTab, tokenFor } from './support/teamsTab';
import { resizedTo } from './support/until';

jest.setTimeout(600_000);

const NAME = 'Aflastning (§ 84)';

interface Stored {
  id: string;
  key: string;
  name: string;
}

describeTab('Teams tab contract types in Chromium', (tab) => {
  let procurement: string;

  const storedTypes = async (): Promise<Stored[]> =>
    (await apiCall(tab.host, procurement, 'GET', '/api/contract-types?limit=200')).body.items;

  beforeAll(async () => {
    procurement = await tokenFor(tab, 'procurement');
  }, 60_000);

  it('adds a contract type by name, then chooses it on a clause and a template without a reload', async () => {
    const before = await storedTypes();
    const { page, problems } = await openTab(tab, 'procurement', '#/klausuler');
    const types = page.getByRole('list', { name: 'Kontrakttyper' });
    await types.getByRole('link', { name: 'Længerevarende botilbud (§ 108)' }).waitFor();
    await page.getByRole('button', { name: 'Ny kontrakttype' }).click();
    const name = page.getByRole('textbox', { name: 'Navn' });
    await name.fill('længerevarende botilbud (§ 108)');
    await page.getByRole('button', { name: 'Opret kontrakttypen' }).click();
    await page.getByText('Navnet bruges allerede af en anden kontrakttype.').waitFor();
    expect(await storedTypes()).toHaveLength(before.length);

    await name.fill(NAME);
    await page.getByRole('button', { name: 'Opret kontrakttypen' }).click();
    await page.getByText(`»${NAME}« er oprettet og kan nu vælges på klausuler og skabeloner.`).waitFor();
    await types.getByRole('link', { name: NAME }).waitFor();
    const created = (await storedTypes()).find((type) => type.name === NAME)!;
    expect(created.key).toBe('aflastning-84');
    expect(await page.locator('main').innerText()).not.toContain('aflastning-84');
    const shots = await photograph(page, 'teams-kontrakttype-oprettet', types);

    // A clause's editor offers it, opened within the tab (no reload), and the working copy saves it.
    const [clause] = (await apiCall(tab.host, procurement, 'GET', '/api/clauses?status=published&limit=1')).body.items;
    await page.evaluate((id) => (location.hash = `#/klausuler/${id}?fane=rediger`), clause.id);
    await page.getByRole('group', { name: 'Kontrakttyper' }).getByRole('checkbox', { name: NAME }).check();
    await page.getByRole('button', { name: 'Gem arbejdskopien' }).click();
    await page.getByText('Arbejdskopien er gemt.', { exact: false }).waitFor();
    const saved = (await apiCall(tab.host, procurement, 'GET', `/api/clauses/${clause.id}`)).body;
    expect(saved.applicability.contractTypes).toContain('aflastning-84');

    // And a template's editor offers it as the template's contract type.
    const [template] = (await apiCall(tab.host, procurement, 'GET', '/api/templates?limit=1')).body.items;
    await page.evaluate((id) => (location.hash = `#/klausuler/skabeloner/${id}`), template.id);
    await page.getByRole('combobox', { name: 'Kontrakttype' }).selectOption({ label: NAME });
    shots.push(
      ...(await photograph(page, 'teams-skabelon-kontrakttype', page.getByRole('combobox', { name: 'Kontrakttype' }))),
    );
    await page.getByRole('button', { name: 'Gem skabelonen' }).click();
    await page.getByText('Skabelonen er gemt som arbejdskopi.', { exact: false }).waitFor();
    const templateSaved = (await apiCall(tab.host, procurement, 'GET', `/api/templates/${template.id}`)).body;
    expect(templateSaved.contractType).toBe('aflastning-84');
    expect(shots).toEqual([]);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('offers a case worker no form, and the API refuses one anyway', async () => {
    const { page, problems } = await openTab(tab, 'caseworker', '#/klausuler');
    await page.getByRole('list', { name: 'Kontrakttyper' }).getByRole('link').first().waitFor();
    expect(await page.getByRole('button', { name: 'Ny kontrakttype' }).count()).toBe(0);
    const caseworker = await tokenFor(tab, 'caseworker');
    const body = { key: 'aflastning-weekend', name: 'Aflastning i weekender' };
    expect((await apiCall(tab.host, caseworker, 'POST', '/api/contract-types', body)).status).toBe(403);
    expect((await storedTypes()).map((type) => type.key)).not.toContain('aflastning-weekend');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it.each(['default', 'dark', 'contrast'])(
    'holds the list and the form at every width in the %s theme',
    async (theme) => {
      const { page } = await openSettled(tab, 'procurement', '#/klausuler', theme);
      await page.getByRole('button', { name: 'Ny kontrakttype' }).click();
      const name = page.getByRole('textbox', { name: 'Navn' });
      await name.fill('Længerevarende botilbud (§ 108)');
      await page.getByText('Navnet bruges allerede af en anden kontrakttype.').waitFor();
      const found = await severeViolations(page);
      for (const width of [1280, 1024, 768]) {
        await resizedTo(page, width, 900);
        found.push(...(await layoutProblems(page)).map((problem) => `${width} px: ${problem}`));
        const form = page.getByRole('form', { name: 'Ny kontrakttype' });
        found.push(...(await photograph(page, `teams-kontrakttyper-${width}-${theme}`, form)));
      }
      expect(found).toEqual([]);
      await page.close();
    },
  );
});
