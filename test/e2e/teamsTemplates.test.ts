// A contract template's life cycle in the Teams tab in Chromium against the built host: procurement saves a change as
// the working copy (Word keeps offering the published version), publishes it with a change note as version 2, finds
// the note in the versions and reads the comparison of version 1 and version 2 old → new; a case worker sees the
// versions and no edit action.

import { apiCall, describeTab, openTab, tokenFor } from './support/teamsTab';

jest.setTimeout(300_000);

describeTab('Teams tab contract templates in Chromium', (tab) => {
  let procurement: string;
  let template: { id: string; name: string };

  beforeAll(async () => {
    procurement = await tokenFor(tab, 'procurement');
    template = (await apiCall(tab.host, procurement, 'GET', '/api/templates?limit=1')).body.items[0];
  }, 60_000);

  it('saves a working copy, publishes it with a change note and compares the versions old → new', async () => {
    const { page, problems } = await openTab(tab, 'procurement', `#/klausuler/skabeloner/${template.id}`);
    await page.getByRole('heading', { level: 2, name: template.name }).waitFor();
    await page.getByText('Udgivet, version 1', { exact: true }).waitFor();

    const renamed = `${template.name} med døgnophold`;
    await page.getByLabel('Navn').fill(renamed);
    const publish = page.getByRole('button', { name: 'Udgiv som version 2' });
    await page.getByText('Gem skabelonen, før du udgiver den.').waitFor();
    expect(await publish.getAttribute('aria-disabled')).toBe('true');
    await page.getByRole('button', { name: 'Gem skabelonen' }).click();
    await page.getByText('Udgivet, version 1, med ændringer der ikke er udgivet').waitFor();
    // Word still offers version 1: the published version has the old name.
    const v1 = await apiCall(tab.host, procurement, 'GET', `/api/templates/${template.id}/versions/1`);
    expect(v1.body.name).toBe(template.name);

    await page.getByText('Skriv en ændringsnote for at udgive.').waitFor();
    expect(await publish.getAttribute('aria-disabled')).toBe('true');
    await page.getByLabel('Ændringsnote').fill('Navnet siger nu, at skabelonen gælder døgnophold.');
    await publish.click();
    await page.getByText('Udgivet, version 2', { exact: true }).waitFor();
    const versions = page.getByRole('table', { name: 'Versioner' });
    const newest = versions.getByRole('row').nth(1);
    await newest.getByText('Navnet siger nu, at skabelonen gælder døgnophold.').waitFor();
    expect(await newest.textContent()).toContain('2 (gældende)');

    await versions.getByRole('button', { name: 'Sammenlign version 1' }).click();
    await page.getByText('Ændringer fra version 1 til den udgivne version 2', { exact: false }).waitFor();
    const name = page.getByRole('region', { name: 'Navn' });
    expect(await name.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('døgnophold')]),
    );
    expect(await name.locator('del').count()).toBe(0);

    const stored = await apiCall(tab.host, procurement, 'GET', `/api/templates/${template.id}/versions`);
    expect(stored.body.items.map((v: { version: number; name: string }) => [v.version, v.name])).toEqual([
      [1, template.name],
      [2, renamed],
    ]);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('shows a case worker the versions and no edit action', async () => {
    const { page, problems } = await openTab(tab, 'caseworker', `#/klausuler/skabeloner/${template.id}`);
    await page.getByRole('table', { name: 'Versioner' }).waitFor();
    expect(await page.getByRole('button', { name: /^Udgiv/ }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    const caseworker = await tokenFor(tab, 'caseworker');
    const path = `/api/templates/${template.id}/publish`;
    expect((await apiCall(tab.host, caseworker, 'POST', path, { changeNote: 'Nej' })).status).toBe(403);
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
