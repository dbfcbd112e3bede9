// A complete contract from the Word pane in Chromium (preview mode): the legal-basis finding before a template goes
// in, the matching template filled from the case's records, and a review of at most ten findings, grouped by kind;
// a document already drafted on a template for another paragraph is a finding of the review.
import type { Page } from 'playwright-core';

import { apiAs, type ApiReader } from './support/api';
import { documentView, findings, linkCase, openPreview, pane, status } from './support/pane';
import { describeInChromium } from './support/suite';
import { countOf } from './support/until';

const TEMPLATE_85 = 'Kontrakt om socialpædagogisk støtte (serviceloven § 85)';
const TEMPLATE_107 = 'Kontrakt om midlertidigt botilbud (serviceloven § 107)';
const VARIANTS = ['Variant A: Tilbud omfattet af rammeaftalen', 'Variant B: Tilbud uden for rammeaftalen'];

const kr = (amount: number) =>
  new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);

describeInChromium('A complete contract from the Word pane', (suite) => {
  let api: ApiReader;

  beforeAll(async () => {
    api = await apiAs(suite.host.baseUrl, 'caseworker');
  });

  const field = (page: Page, key: string) => documentView(page).locator(`[data-field="${key}"]`).first();

  async function review(page: Page) {
    await pane(page).getByRole('button', { name: 'Gennemgang', exact: true }).click();
    await pane(page).getByRole('button', { name: 'Gennemgå dokumentet' }).click();
    const line = await status(page, /fund/).first().innerText();
    return Number(/^(\d+) fund\.$/.exec(line)?.[1] ?? (line.startsWith('Ingen fund') ? 0 : NaN));
  }

  /** A § 85 case with a contract, its reference and its newest contract as the API answers them. */
  async function case85() {
    const cases = (await api.get('/api/cases?limit=200')).items as {
      id: string;
      reference: string;
      paragraph?: string;
    }[];
    const contracts = (await api.get('/api/contracts?limit=200')).items as { id: string; caseId: string }[];
    const chosen = cases.find((c) => c.paragraph === 'SEL §85' && contracts.some((k) => k.caseId === c.id))!;
    const listed = (await api.get(`/api/contracts?caseId=${chosen.id}`)).items as { id: string }[];
    return { chosen, contract: await api.get(`/api/contracts/${listed.at(-1)!.id}`) };
  }

  /** A fresh pane (preview document) with the document linked to the case. */
  async function paneLinkedTo(reference: string) {
    const search = `?tenant=${encodeURIComponent(api.tenantId)}&role=caseworker`;
    const opened = await openPreview(suite.browser, suite.host, search);
    await linkCase(opened.page, reference);
    return opened;
  }

  it('warns of a § 107 template on a § 85 case, inserts the § 85 one filled from the records, reviews to at most 10 findings', async () => {
    const { chosen, contract } = await case85();
    const hourly = (contract.rates as { type: string; amount: number }[]).find((rate) => rate.type === 'hour')!;
    const { page, unexpected } = await paneLinkedTo(chosen.reference);

    // The § 107 template on this § 85 case: a finding in Danish, and nothing goes into the document.
    await pane(page).getByRole('button', { name: 'Indsæt', exact: true }).click();
    const templates = pane(page).getByRole('list', { name: 'Skabeloner' });
    const temporary = templates.getByRole('listitem').filter({ hasText: TEMPLATE_107 });
    await temporary.getByText(/passer ikke til sagens paragraf/).waitFor();
    await pane(page)
      .getByRole('button', { name: `Indsæt skabelon: ${TEMPLATE_107}` })
      .click();
    const warning = pane(page).getByText('Skabelonen passer ikke til sagens paragraf');
    await warning.waitFor();
    await countOf(pane(page).getByText(/er skrevet til serviceloven § 107, men sagen er afgjort efter/), 1);
    await countOf(documentView(page).getByRole('article'), 0);

    // Pick the matching template from the finding: it goes in with one framework variant.
    await pane(page)
      .getByRole('button', { name: `Indsæt ${TEMPLATE_85}` })
      .click();
    await status(page, `${TEMPLATE_85} er indsat.`).waitFor();
    await countOf(warning, 0);
    const variant = (title: string) => documentView(page).getByRole('article', { name: `Klausul: ${title}` });
    await countOf(variant(VARIANTS[0]!).or(variant(VARIANTS[1]!)), 1);
    const counts = await Promise.all(VARIANTS.map((title) => variant(title).count()));

    // Fill the fields: the contract's hourly rate and notice read as the contract has them.
    await pane(page).getByRole('button', { name: 'Felter og kontrakt' }).click();
    await pane(page).getByRole('button', { name: 'Udfyld felter fra sag, leverandør og kontrakt' }).click();
    await status(page, /felter er udfyldt/).waitFor();
    expect(await field(page, 'hourlyRate').innerText()).toBe(kr(hourly.amount));
    const months = contract.noticePeriodMonths as number;
    expect(await field(page, 'noticeMonths').innerText()).toBe(`${months} ${months === 1 ? 'måned' : 'måneder'}`);
    expect(await field(page, 'legalBasis').innerText()).toBe('serviceloven § 85');
    // The signature block has its place; the provider's signatory is filled, the contract's weekly hours too.
    await documentView(page).getByRole('article', { name: 'Klausul: Underskrifter' }).waitFor();
    expect(await field(page, 'providerSignatory').innerText()).toMatch(/\S/);
    expect(await field(page, 'hoursSection85').innerText()).toContain(String(contract.weeklyHours));

    // Review: at most 10 findings, each kind together, each with an action.
    const count = await review(page);
    expect(count).toBeLessThanOrEqual(10);
    const items = findings(page).locator(':scope > li');
    await countOf(items, count);
    const kinds = await items.evaluateAll((all) => all.map((li) => (li.firstElementChild as HTMLElement).innerText));
    const runs = kinds.filter((kind, i) => kind !== kinds[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    for (let i = 0; i < count; i++) expect(await items.nth(i).getByRole('button').count()).toBeGreaterThan(0);
    await findings(page).getByRole('button', { name: 'Udfyld felterne' }).waitFor();

    // Put the other framework variant in as well: the review reports both, with a way to each.
    const other = VARIANTS[counts[0] === 1 ? 1 : 0]!;
    await pane(page).getByRole('button', { name: 'Indsæt', exact: true }).click();
    await pane(page).getByLabel('Søg i klausuler').fill('Variant');
    await pane(page)
      .getByRole('button', { name: new RegExp(`^${other} \\(version`) })
      .click();
    await pane(page).getByRole('button', { name: 'Indsæt ved markøren' }).click();
    await status(page, `${other} er indsat.`).waitFor();
    await pane(page).getByRole('button', { name: 'Gennemgang', exact: true }).click();
    await pane(page).getByRole('button', { name: 'Gennemgå dokumentet' }).click();
    await status(page, `${count + 1} fund.`).waitFor();
    const both = findings(page).getByRole('listitem').filter({ hasText: 'Flere varianter af samme valg' });
    for (const title of VARIANTS) await both.getByRole('button', { name: `Gå til ${title}` }).waitFor();

    // The results are still there after switching views.
    await pane(page).getByRole('button', { name: 'Sag', exact: true }).click();
    await pane(page).getByRole('button', { name: 'Gennemgang', exact: true }).click();
    await countOf(findings(page).locator(':scope > li'), count + 1);

    expect(await unexpected()).toEqual([]);
    await page.close();
  }, 120_000);

  it('reviews a document drafted on the § 107 template for a § 85 case as a mismatch, with a way to the right one', async () => {
    const { chosen } = await case85();
    const { page, unexpected } = await paneLinkedTo(chosen.reference);
    await pane(page).getByRole('button', { name: 'Indsæt', exact: true }).click();
    await pane(page)
      .getByRole('button', { name: `Indsæt skabelon: ${TEMPLATE_107}` })
      .click();
    await pane(page).getByRole('button', { name: 'Indsæt alligevel' }).click();
    await status(page, `${TEMPLATE_107} er indsat.`).waitFor();

    await review(page);
    const mismatch = findings(page)
      .locator(':scope > li')
      .filter({ hasText: 'Skabelonen passer ikke til sagens paragraf' });
    await mismatch.waitFor();
    expect(await mismatch.innerText()).toContain(
      `${TEMPLATE_107} er skrevet til serviceloven § 107, men sagen er afgjort efter serviceloven § 85.`,
    );
    expect(await mismatch.innerText()).toContain(`Skabelonen til sagens paragraf er ${TEMPLATE_85}.`);
    await mismatch.getByRole('button', { name: 'Vælg skabelon til sagens paragraf' }).click();
    await pane(page).getByRole('list', { name: 'Skabeloner' }).waitFor();

    expect(await unexpected()).toEqual([]);
    await page.close();
  }, 120_000);
});
