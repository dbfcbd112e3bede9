// The Teams tab's catalogue in Chromium against the built host: search, a provider's page, comparison, and the
// import and export of procurement (a case worker sees no import and the API refuses one).

import { apiCall, describeTab, importWorkbook, openTab, tokenFor } from './support/teamsTab';
import { countAtLeast, countOf, until } from './support/until';

jest.setTimeout(60_000);

const NEW_PROVIDER = {
  Tilbudsid: '99101',
  Afdelingsid: '2',
  Leverandør: 'Ådalens Bofællesskab',
  CVR: '30000005',
  Ejerform: 'Privat',
  Adresse: 'Ådalen 4',
  Postnummer: '4000',
  By: 'Roskilde',
  Kommune: 'Roskilde Kommune',
  Region: 'Sjælland',
  Tilbud: 'Længerevarende bofællesskab',
  Paragraf: 'SEL §108',
  Målgrupper: 'Udviklingshæmning',
  Pladser: '9',
  Takstenhed: 'døgn',
  Listetakst: '3.100,00',
  'Listetakst dato': '10.01.2026',
};

describeTab('Teams tab catalogue in Chromium', (tab) => {
  it('searches for a §108 offer in one region, opens it and compares three offers', async () => {
    const { page, problems } = await openTab(tab, 'caseworker', '#/leverandoerer');
    await page.getByLabel('Paragraf').selectOption('SEL §108');
    await page.getByLabel('Region').selectOption('Hovedstaden');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL(/paragraf=SEL/);
    const results = page.getByRole('list', { name: 'Søgeresultater' }).getByRole('article');
    // Until the search has answered, the list may still show the results it had.
    await until(
      'three or more results, all §108 offers',
      () => results.allTextContents(),
      (texts) => texts.length >= 3 && texts.every((text) => text.includes('SEL §108')),
    );
    const token = await tokenFor(tab, 'caseworker');
    const shown = await results.getByRole('heading').allTextContents();
    const records = await Promise.all(
      (
        await results
          .getByRole('heading')
          .getByRole('link')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
      )
        .map((href) => href.split('/').pop()!)
        .map(async (id) => (await apiCall(tab.host, token, 'GET', `/api/providers/${id}`)).body),
    );
    expect(records.map((r: { name: string }) => r.name)).toEqual(shown);
    for (const record of records) expect(record.region).toBe('Hovedstaden');

    const firstName = (await results.first().getByRole('heading').textContent())!;
    await results.first().getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: firstName }).waitFor();
    await page.getByRole('heading', { name: 'Tilbud', exact: true }).waitFor();
    await countAtLeast(page.getByRole('table'), 1);
    await page.getByRole('checkbox').first().check();
    await page.goBack();

    await results.first().waitFor();
    const boxes = page.getByRole('list', { name: 'Søgeresultater' }).getByRole('checkbox');
    let picked = 1;
    for (let i = 0; picked < 3; i += 1) {
      const box = boxes.nth(i);
      if (!(await box.isChecked())) {
        await box.check();
        picked += 1;
      }
    }
    await page.getByRole('link', { name: 'Sammenlign de valgte tilbud' }).click();
    const table = page.getByRole('table');
    await table.getByRole('rowheader', { name: 'Pr. døgn' }).waitFor();
    const dayRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Pr. døgn' }) });
    await countOf(dayRow.getByRole('cell'), 3);
    expect(await table.textContent()).toContain(firstName.split(' ')[0]);

    // The compared offers go along into a new case as its alternatives; one unticked stays out.
    await page.getByRole('link', { name: 'Opret sag med disse tilbud' }).click();
    const offers = page.getByRole('group', { name: 'Overvejede tilbud fra sammenligningen' }).getByRole('checkbox');
    await countOf(offers, 3);
    // Each offer's name is fetched on its own: until all three have come, several read "Henter …".
    await countOf(page.getByText(/Henter …/), 0);
    const offerNames = (
      await offers.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? ''))
    ).map((name) => name.trim());
    await offers.nth(2).uncheck();
    await page.getByLabel('Sagsnummer fra sagssystemet').fill('SAG-E2E-SAMMENLIGNING');
    await page.getByLabel('Kort beskrivelse af behovet').fill('Længerevarende botilbud efter sammenligning');
    await page.getByLabel('Målgruppe').selectOption('Udviklingshæmning');
    await page.getByRole('button', { name: 'Opret sag' }).click();
    await page.getByRole('heading', { level: 2, name: /SAG-E2E-SAMMENLIGNING/ }).waitFor();
    const considered = page.getByRole('list', { name: 'Overvejede tilbud' }).getByRole('listitem');
    await countOf(considered, 2);
    const consideredText = (await considered.allTextContents()).join(' ');
    expect(consideredText).toContain(offerNames[0]);
    expect(consideredText).toContain(offerNames[1]);
    expect(consideredText).not.toContain(offerNames[2]);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('returns from a provider to the same search: its filters, words and results', async () => {
    const { page, problems } = await openTab(tab, 'caseworker', '#/leverandoerer');
    await page.getByLabel('Søg efter navn, CVR eller ord').fill('botilbud');
    await page.getByLabel('Paragraf').selectOption('SEL §108');
    await page.getByLabel('Region').selectOption('Hovedstaden');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL(/region=Hovedstaden/);
    const results = page.getByRole('list', { name: 'Søgeresultater' }).getByRole('article');
    const headings = results.getByRole('heading');
    await until(
      'results for the filters, all §108 offers',
      () => results.allTextContents(),
      (texts) => texts.length > 0 && texts.every((text) => text.includes('SEL §108')),
    );
    const searchUrl = page.url();
    const before = await headings.allTextContents();

    const opened = before[before.length - 1]!;
    await headings.filter({ hasText: opened }).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: opened }).waitFor();
    await page.getByRole('link', { name: 'Tilbage til søgningen' }).click();
    await page.getByRole('list', { name: 'Søgeresultater' }).waitFor();
    expect(page.url()).toBe(searchUrl);
    expect(await page.getByLabel('Søg efter navn, CVR eller ord').inputValue()).toBe('botilbud');
    expect(await page.getByLabel('Paragraf').inputValue()).toBe('SEL §108');
    expect(await page.getByLabel('Region').inputValue()).toBe('Hovedstaden');
    await until(
      'the same results as before',
      () => headings.allTextContents(),
      (texts) => JSON.stringify(texts) === JSON.stringify(before),
    );
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('shows a case worker no import, and the API refuses the case worker an import', async () => {
    const { page, problems } = await openTab(tab, 'caseworker', '#/leverandoerer');
    await page.getByRole('button', { name: 'Eksportér som XLSX' }).waitFor();
    expect(await page.getByText('Importér', { exact: true }).count()).toBe(0);
    const token = await tokenFor(tab, 'caseworker');
    const refused = await fetch(`${tab.host.baseUrl}/api/providers/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: new Uint8Array(await importWorkbook([NEW_PROVIDER])),
    });
    expect(refused.status).toBe(403);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('imports as procurement: a bad row writes nothing, the fixed file is found; an export re-imports unchanged', async () => {
    const { page, problems } = await openTab(tab, 'procurement', '#/leverandoerer');
    await page.getByRole('link', { name: 'Importér', exact: true }).click();
    await page.getByRole('heading', { name: 'Importér leverandører' }).waitFor();

    const bad = await importWorkbook([
      NEW_PROVIDER,
      { ...NEW_PROVIDER, Tilbud: 'Aflastning', Tilbudsid: '99102', CVR: '1234' },
    ]);
    await page
      .getByLabel('Vælg fil (XLSX eller CSV)')
      .setInputFiles({ name: 'tilbud.xlsx', mimeType: 'application/octet-stream', buffer: bad });
    await page.getByText('Række 3, kolonne »CVR«').waitFor();
    await page.getByText(/(række|rækker) har fejl.*intet er gemt/).waitFor();
    expect(await page.getByRole('button', { name: /Importér \d+ rækker/ }).count()).toBe(0);
    const token = await tokenFor(tab, 'procurement');
    expect((await apiCall(tab.host, token, 'GET', '/api/providers?q=adalens')).body.items).toEqual([]);

    // The corrected file has the same name. A browser reports a choice only when the input's value changes, so the
    // picker must open on an empty input for the same name to count as chosen again.
    await page.getByText(/Ret (den|dem) i filen, og vælg filen igen/).waitFor();
    const input = page.getByLabel('Vælg fil (XLSX eller CSV)');
    expect(await input.inputValue()).toMatch(/tilbud\.xlsx$/);
    const chooser = page.waitForEvent('filechooser');
    await input.click();
    const picker = await chooser;
    expect(await input.inputValue()).toBe('');
    const good = await importWorkbook([NEW_PROVIDER, { ...NEW_PROVIDER, Tilbud: 'Aflastning', Tilbudsid: '99102' }]);
    await picker.setFiles({ name: 'tilbud.xlsx', mimeType: 'application/octet-stream', buffer: good });
    await page.getByRole('button', { name: 'Importér 2 rækker' }).click();
    await page.getByText('Importen er gemt: 2 nye rækker og 0 ændrede rækker.').waitFor();

    await page.getByRole('link', { name: 'Tilbage til søgningen' }).click();
    await page.getByLabel('Søg efter navn, CVR eller ord').fill('adalens bofaellesskab');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    const result = page.getByRole('list', { name: 'Søgeresultater' }).getByRole('article');
    await result.filter({ hasText: 'Ådalens Bofællesskab' }).waitFor();
    await countOf(result, 1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér som XLSX' }).click();
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(Buffer.from(chunk as Uint8Array));
    await page.getByRole('link', { name: 'Importér', exact: true }).click();
    await page
      .getByLabel('Vælg fil (XLSX eller CSV)')
      .setInputFiles({ name: 'eksport.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.concat(chunks) });
    await page.getByText('Filen ændrer intet i kataloget.').waitFor();
    await countOf(page.getByRole('cell', { name: 'Uændret' }), 2);
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
