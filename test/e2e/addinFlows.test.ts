// The Word task pane end to end in Chromium (preview mode) against the built host started as `npm start` starts it.
import type { Page } from 'playwright-core';

import { apiAs, type ApiReader } from './support/api';
import { documentView, findings, linkCase, openPreview, pane, refuseOfficeJs, status } from './support/pane';
import { describeInChromium } from './support/suite';
import { countAtLeast, countOf } from './support/until';

const TEMPLATE_108 = 'Kontrakt om længerevarende botilbud (serviceloven § 108)';
const RATE_BASIS = 'Takstgrundlag og takstredegørelse';

/** The chunks of the views the pane fetches once its first screen has been idle a while (WorkspaceShell's prefetch). */
const PREFETCHED = ['CaseView', 'InsertView', 'ReviewView', 'ContractView', 'RegulationView', 'WordDiff'];

describeInChromium('Word task pane flows in Chromium', (suite) => {
  let api: ApiReader;

  beforeAll(async () => {
    api = await apiAs(suite.host.baseUrl, 'caseworker');
  });

  const open = (search = '', meetings = false) =>
    openPreview(suite.browser, suite.host, search, meetings ? api : undefined);

  async function review(page: Page) {
    await pane(page).getByRole('button', { name: 'Gennemgå dokumentet' }).click();
    await status(page, /fund/).first().waitFor();
  }

  it('drafts a §108 contract: link, insert, review, act on findings, fill, save the contract, record the review', async () => {
    const cases = (await api.get('/api/cases?limit=200')).items as {
      id: string;
      reference: string;
      paragraph?: string;
    }[];
    const chosen = cases.find((c) => c.paragraph === 'SEL §108')!;
    const { page, unexpected } = await open('', true);
    await page.getByText('Forhåndsvisning – åbn i Word for at redigere dokumentet').waitFor();

    // Sign in through the picker as a case worker of the first municipality.
    await pane(page)
      .getByLabel('Bruger og rolle')
      .selectOption({ label: `${api.userName} – Sagsbehandler` });
    await pane(page).getByRole('button', { name: 'Log ind' }).click();
    await pane(page).getByRole('button', { name: 'Log ud' }).waitFor();

    // Link the case.
    await linkCase(page, chosen.reference);

    // Insert the §108 template: its clauses appear in the document as tagged clauses.
    await pane(page).getByRole('button', { name: 'Indsæt', exact: true }).click();
    await pane(page)
      .getByRole('button', { name: `Indsæt skabelon: ${TEMPLATE_108}` })
      .click();
    await status(page, `${TEMPLATE_108} er indsat.`).waitFor();
    await countOf(documentView(page).getByRole('heading', { name: TEMPLATE_108 }), 1);
    await countAtLeast(documentView(page).getByRole('article'), 21);
    const articles = () =>
      documentView(page)
        .getByRole('article')
        .evaluateAll((all) => all.map((a) => a.ariaLabel));
    const templateOrder = await articles();

    // Review: no clause is missing, outdated or changed.
    await pane(page).getByRole('button', { name: 'Gennemgang', exact: true }).click();
    await review(page);
    const clean = await findings(page).innerText();
    expect(clean).not.toMatch(/Obligatorisk klausul mangler|Teksten afviger|Nyere version/);

    // Delete a mandatory clause and change another's text, then review again: both are flagged.
    await documentView(page)
      .getByRole('button', { name: `Slet ${RATE_BASIS}` })
      .click();
    await documentView(page).getByRole('button', { name: 'Redigér tekst i Opsigelse og ophør' }).click();
    const first = documentView(page).getByRole('textbox').first();
    await first.fill(`${await first.inputValue()} Kommunen kan dog først opsige efter tolv måneder.`);
    await documentView(page).getByRole('button', { name: 'Gem teksten' }).click();
    await review(page);
    const missing = findings(page).getByRole('listitem').filter({ hasText: 'Obligatorisk klausul mangler' });
    expect(await missing.innerText()).toContain(RATE_BASIS);
    const deviating = findings(page).getByRole('listitem').filter({ hasText: 'Teksten afviger fra biblioteket' });
    expect(await deviating.innerText()).toContain('Opsigelse og ophør');

    // Insert the missing clause from its finding; the review then no longer reports it.
    await missing.getByRole('button', { name: `Indsæt ${RATE_BASIS}` }).click();
    await status(page, `${RATE_BASIS} er indsat.`).waitFor();
    await countOf(findings(page).getByText('Obligatorisk klausul mangler'), 0);
    // It is back at its place in the template, not where the cursor was.
    expect(await articles()).toEqual(templateOrder);

    // Accept the edit with a reason; the deviation is on the case.
    await deviating.getByRole('button', { name: 'Acceptér afvigelsen' }).click();
    await deviating
      .getByLabel('Begrundelse for afvigelsen')
      .fill('Leverandøren har investeret i ombygning af boligen.');
    await deviating.getByRole('button', { name: 'Gem begrundelsen på sagen' }).click();
    await status(page, 'Afvigelsen er accepteret, og begrundelsen er gemt på sagen.').waitFor();
    const onCase = await api.get(`/api/cases/${chosen.id}`);
    expect(onCase.deviations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'Leverandøren har investeret i ombygning af boligen.' }),
      ]),
    );

    // Fill the fields known from the municipality and the case.
    await pane(page).getByRole('button', { name: 'Felter og kontrakt' }).click();
    await pane(page).getByRole('button', { name: 'Udfyld felter fra sag, leverandør og kontrakt' }).click();
    await status(page, /felter er udfyldt/).waitFor();
    expect(await documentView(page).locator('[data-field="caseReference"]').first().innerText()).toBe(chosen.reference);

    // Save the contract; the API makes its milestones, and the pane lists them.
    const form = pane(page).getByRole('form', { name: 'Kontrakten' });
    const provider = form.getByLabel('Leverandør');
    await provider.selectOption({ index: 1 });
    await form.getByLabel('Tilbud').selectOption({ index: 1 });
    await form.getByLabel(/^Startdato/).fill('01.01.2026');
    await form.getByLabel('Beløb (kr.)').fill('2.450,00');
    await form.getByLabel('Første genforhandling').fill('01.10.2026');
    await form.getByRole('button', { name: 'Gem kontrakten' }).click();
    await status(page, 'Kontrakten er gemt, og fristerne er lagt ind.').waitFor();
    const milestones = pane(page).getByRole('list', { name: 'Frister' });
    await milestones.getByRole('listitem').first().waitFor();
    expect(await milestones.innerText()).toMatch(/\d{2}\.\d{2}\.\d{4}: /);
    const contracts = (await api.get(`/api/contracts?caseId=${chosen.id}`)).items;
    expect(contracts).toHaveLength(1);
    expect(contracts[0].rates[0].amount).toBe(2450);

    // Book the follow-up meeting of the first follow-up milestone; it then shows as booked.
    const followUp = milestones.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Book møde/ }) });
    await followUp
      .first()
      .getByRole('button', { name: /^Book møde/ })
      .click();
    await followUp.first().getByLabel(/^Dato/).fill('02.04.2026');
    await followUp
      .first()
      .getByLabel(/^Klokkeslæt/)
      .fill('9.30');
    await followUp.first().getByRole('button', { name: 'Book mødet' }).click();
    await status(page, 'Mødet er booket i din kalender 02.04.2026 kl. 09.30.').waitFor();
    await milestones.getByText('Møde booket 02.04.2026').waitFor();
    expect(await milestones.getByRole('link', { name: /^Åbn mødet om/ }).getAttribute('href')).toContain('ev-1');

    // Record the review with the case and read it back.
    await pane(page).getByRole('button', { name: 'Gennemgang', exact: true }).click();
    await review(page);
    await pane(page).getByRole('button', { name: 'Gem gennemgang' }).click();
    await status(page, 'Gennemgangen er gemt på sagen.').waitFor();
    const reviews = (await api.get(`/api/cases/${chosen.id}/reviews`)).items;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ mode: 'tagged', caseId: chosen.id });
    expect(reviews[0].counts.missingMandatory).toBe(0);
    expect(reviews[0].findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'deviating', title: 'Opsigelse og ophør', accepted: true }),
      ]),
    );
    await pane(page).getByRole('list', { name: 'Gemte gennemgange' }).getByRole('listitem').first().waitFor();

    expect(await unexpected()).toEqual([]);
    await page.close();
  }, 120_000);

  it('offers no meeting booking where Microsoft 365 meetings are off', async () => {
    const { page } = await open(`?tenant=${encodeURIComponent(api.tenantId)}&role=caseworker`);
    const withContract = ((await api.get('/api/contracts?limit=1')).items as { caseId: string }[])[0]!;
    const found = await api.get(`/api/cases/${withContract.caseId}`);
    await linkCase(page, found.reference);
    await pane(page).getByRole('button', { name: 'Felter og kontrakt' }).click();
    await pane(page).getByRole('list', { name: 'Frister' }).getByRole('listitem').first().waitFor();
    await countAtLeast(pane(page).getByText(/Opfølgning/), 1);
    expect(
      await pane(page)
        .getByRole('button', { name: /Book møde/ })
        .count(),
    ).toBe(0);
    await page.close();
  }, 60_000);

  it("reviews a provider's own contract by its words, keeps the results across views, and proposes the standard clause for what is missing", async () => {
    const { page, unexpected } = await open(`?tenant=${encodeURIComponent(api.tenantId)}&role=caseworker`);
    await pane(page).getByRole('button', { name: 'Log ud' }).waitFor();
    await documentView(page)
      .getByLabel(/Indsæt tekst i dokumentet/)
      .fill(
        [
          'Aftale om ophold på Bostedet Solsikken',
          'Kommunen betaler en døgntakst på 2.900 kr. for pladsen.',
          'Leverandøren kan opsige aftalen med en måneds varsel.',
        ].join('\n'),
      );
    await documentView(page).getByRole('button', { name: 'Indsæt teksten' }).click();
    await pane(page).getByRole('button', { name: 'Gennemgang', exact: true }).click();
    await review(page);
    await pane(page).getByRole('button', { name: 'Sag', exact: true }).click();
    await pane(page).getByRole('button', { name: 'Gennemgang', exact: true }).click();
    const found = pane(page).getByText(/^Fundet:/);
    expect(await found.innerText()).toContain('Takst');
    expect(await found.innerText()).not.toMatch(/rate|termination/);
    await found.click();
    expect(await pane(page).getByRole('list', { name: 'Fundne emner' }).innerText()).toContain(
      '»Kommunen betaler en døgntakst på 2.900 kr. for pladsen.«',
    );
    const rateBasis = findings(page).getByRole('listitem').filter({ hasText: 'Takstgrundlag og takstredegørelse' });
    expect(await rateBasis.innerText()).toContain(`foreslået klausul: ${RATE_BASIS}`);
    await rateBasis.getByRole('button', { name: `Foreslå ${RATE_BASIS}` }).click();
    await status(page, `${RATE_BASIS} er foreslået i dokumentet.`).waitFor();
    await countOf(documentView(page).getByRole('article', { name: `Klausul: ${RATE_BASIS}` }), 1);
    expect(await unexpected()).toEqual([]);
    await page.close();
  }, 60_000);

  it('works offline from the cached library: inserts and reviews, refuses to save and says so', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1200, height: 900 } });
    await refuseOfficeJs(context);
    const link = `${suite.host.baseUrl}/addin/taskpane.html?tenant=${encodeURIComponent(api.tenantId)}&role=caseworker`;
    const first = await context.newPage();
    await first.goto(link);
    await pane(first).getByRole('button', { name: 'Indsæt', exact: true }).click();
    await pane(first).getByRole('list', { name: 'Skabeloner' }).waitFor();
    await first.close();

    const page = await context.newPage();
    await page.goto(link);
    await pane(page).getByRole('button', { name: 'Log ud' }).waitFor();
    await pane(page).getByRole('button', { name: 'Sag', exact: true }).click();
    await pane(page)
      .getByRole('button', { name: /^Knyt til dokumentet: sag/ })
      .first()
      .click();
    // The views are fetched once the first screen has been idle a while; once they are in, the pane can go offline.
    await page.waitForFunction(
      (names) => {
        const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
        return names.every((name) => fetched.some((url) => url.includes(`/${name}-`)));
      },
      PREFETCHED,
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await pane(page).getByRole('button', { name: 'Indsæt', exact: true }).click();
    await pane(page)
      .getByText(/Ingen forbindelse til Køberollen\. Du arbejder med biblioteket fra \d{2}\.\d{2}\.\d{4} kl\./)
      .waitFor();
    await pane(page)
      .getByRole('button', { name: `Indsæt skabelon: ${TEMPLATE_108}` })
      .click();
    // The linked case was read before going offline: a case under another paragraph asks first.
    const inserted = status(page, `${TEMPLATE_108} er indsat.`);
    const anyway = pane(page).getByRole('button', { name: 'Indsæt alligevel' });
    await inserted.or(anyway).waitFor();
    if (await anyway.isVisible()) await anyway.click();
    await inserted.waitFor();
    await pane(page).getByRole('button', { name: 'Gennemgang', exact: true }).click();
    await review(page);
    expect(await findings(page).innerText()).not.toMatch(/Obligatorisk klausul mangler|Teksten afviger/);
    await pane(page).getByRole('button', { name: 'Gem gennemgang' }).click();
    await pane(page)
      .getByRole('alert')
      .filter({ hasText: 'Gennemgangen blev ikke gemt: Ingen forbindelse til Køberollen.' })
      .waitFor();
    await context.setOffline(false);
    await context.close();
  }, 90_000);
});
