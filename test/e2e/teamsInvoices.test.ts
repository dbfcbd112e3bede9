// The Teams tab's invoice control in Chromium against the built host: finance registers an invoice above the
// contract rate and sees it flagged with the amount; registers Lyngvænget's month again under another number and
// sees it flagged as billed twice, naming the earlier invoice; imports a file whose bad row writes nothing, then the
// fixed file, and sees the deviating invoices first; clears one with a note. axe finds nothing serious in any theme.

import { addDays } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';

import { severeViolations } from './support/axe';
import { type RunningHost } from './support/host';
import { apiCall, describeTab, openSettled, openTab, tokenFor } from './support/teamsTab';

jest.setTimeout(120_000);

const ROUTE = '#/kontrakter/fakturaer';
const HEADER =
  'Fakturanummer;CVR;Kontrakt-id;Sagsnummer;Periode fra;Periode til;Linjetekst;Enhed;Antal;Enhedspris;Beløb';

interface Target {
  id: string;
  title: string;
  cvr: string;
  rate: number;
  from: string;
}

/**
 * An active contract with a day rate and no end, billed from the day the rate began (so no regulation applies), that
 * began before the demo's invoices (the last three months), so no invoice has billed those days yet.
 */
async function targetContract(host: RunningHost, token: string): Promise<Target> {
  const contracts = (await apiCall(host, token, 'GET', '/api/contracts?limit=200')).body.items as {
    id: string;
    title: string;
    status: string;
    providerId: string;
    rates: { type: string; amount: number; validFrom: string; validTo?: string }[];
  }[];
  const before = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);
  const contract = contracts.find(
    (c) =>
      c.status === 'active' &&
      c.rates.every((r) => r.validFrom < before) &&
      c.rates.filter((r) => r.type === 'day').length === 1 &&
      c.rates.some((r) => r.type === 'day' && !r.validTo),
  )!;
  const rate = contract.rates.find((r) => r.type === 'day' && !r.validTo)!;
  const provider = (await apiCall(host, token, 'GET', `/api/providers/${contract.providerId}`)).body;
  return { id: contract.id, title: contract.title, cvr: provider.cvr, rate: rate.amount, from: rate.validFrom };
}

const danish = (n: number) => n.toLocaleString('da-DK', { minimumFractionDigits: 2 }).replace(/\u00a0/g, '');
const tenthDay = (from: string) => addDays(from, 9);
/** The `n`th ten days from the rate's first day: each invoice of the target contract bills days of its own. */
const tenDays = (from: string, n: number) => ({ from: addDays(from, 10 * n), to: tenthDay(addDays(from, 10 * n)) });

interface Registered {
  id: string;
  invoiceNumber: string;
  contractId: string;
  periodFrom: string;
  periodTo: string;
  lines: { rateType: string; unit: string; description: string; quantity: number; unitPrice: number }[];
  check: { lines: { expectedAmount?: number }[] };
}

/** The demo's latest invoice for Lyngvænget: the month a second invoice will bill again. */
async function lyngvaenget(host: RunningHost, token: string): Promise<Registered> {
  const contracts = (await apiCall(host, token, 'GET', '/api/contracts?limit=200')).body.items as {
    id: string;
    parties?: { providerName: string };
  }[];
  const ids = contracts.filter((c) => c.parties?.providerName.includes('Lyngvænget')).map((c) => c.id);
  const invoices = await Promise.all(
    ids.map(async (id) => (await apiCall(host, token, 'GET', `/api/invoices?contractId=${id}&limit=200`)).body.items),
  );
  return (invoices.flat() as Registered[]).sort((a, b) => b.periodFrom.localeCompare(a.periodFrom))[0]!;
}

describeTab('Teams tab invoice control in Chromium', (tab) => {
  let target: Target;
  let token: string;

  beforeAll(async () => {
    token = await tokenFor(tab, 'finance');
    target = await targetContract(tab.host, token);
  }, 60_000);

  it('registers an invoice with a line above the contract rate and flags it with the amount', async () => {
    const { page, problems } = await openTab(tab, 'finance', ROUTE);
    await page.getByRole('heading', { name: 'Fakturakontrol' }).waitFor();
    await page.getByRole('button', { name: 'Registrér faktura' }).click();
    await page.getByLabel(/^Kontrakt/).selectOption(target.id);
    await page.getByLabel('Fakturanummer').fill('E2E-1');
    await page.getByLabel('Periode fra').fill(formatDate(target.from));
    await page.getByLabel('Periode til').fill(formatDate(tenthDay(target.from)));
    await page.getByLabel('Antal, linje 1').fill('10');
    await page.getByLabel('Enhedspris, linje 1').fill(danish(target.rate + 100));
    await page.getByRole('button', { name: 'Registrér og kontrollér' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Faktura E2E-1 er registreret' });
    await result.waitFor();
    expect(await result.textContent()).toContain(
      `forventet højst ${danish(target.rate * 10)} kr.: afviger med 1.000,00 kr.`,
    );
    await page.getByRole('table', { name: 'Kontrol af linjerne på faktura E2E-1' }).getByText('Afviger').waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('flags Lyngvænget billed twice for the same month under another number, with the doubled amount', async () => {
    const earlier = await lyngvaenget(tab.host, token);
    const line = earlier.lines[0]!;
    const doubled = earlier.check.lines[0]!.expectedAmount!;
    const { page, problems } = await openTab(tab, 'finance', ROUTE);
    await page.getByRole('button', { name: 'Registrér faktura' }).click();
    const picker = page.getByLabel(/^Kontrakt/);
    const choice = picker.locator(`option[value="${earlier.contractId}"]`);
    expect(await choice.textContent()).toMatch(/^SAG-[\w-]+ – .+ \(\d{2}\.\d{2}\.\d{4}–.+, (Aktiv|Ophørt)\)$/);
    await picker.selectOption(earlier.contractId);
    await page.getByLabel('Fakturanummer').fill('E2E-DOBBELT');
    await page.getByLabel('Periode fra').fill(formatDate(earlier.periodFrom));
    await page.getByLabel('Periode til').fill(formatDate(earlier.periodTo));
    await page.getByLabel('Takstart, linje 1').selectOption(line.rateType);
    await page.getByLabel('Enhed, linje 1').selectOption(line.unit);
    await page.getByLabel('Antal, linje 1').fill(String(line.quantity));
    await page.getByLabel('Enhedspris, linje 1').fill(danish(line.unitPrice));
    await page.getByRole('button', { name: 'Registrér og kontrollér' }).click();
    await page.getByRole('status').filter({ hasText: 'Faktura E2E-DOBBELT er registreret' }).waitFor();
    const finding = page.getByRole('list', { name: 'Hele faktura E2E-DOBBELT' }).getByRole('listitem');
    expect(await finding.textContent()).toContain(
      `${danish(doubled)} kr. på spil: Faktureret to gange: faktura ${earlier.invoiceNumber} har allerede faktureret`,
    );
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('imports: a row matching no contract writes nothing; the fixed file is written and deviating invoices come first', async () => {
    const { page, problems } = await openTab(tab, 'finance', ROUTE);
    await page.getByRole('link', { name: 'Importér fakturaer' }).click();
    await page.getByRole('heading', { name: 'Importér fakturaer' }).waitFor();
    const line = (number: string, price: number, contract: string, reference = '', days = tenDays(target.from, 1)) =>
      [
        number,
        target.cvr,
        contract,
        reference,
        days.from,
        days.to,
        'Døgntakst',
        'døgn',
        '10',
        danish(price),
        danish(price * 10),
      ].join(';');
    const file = (rows: string[]) => ({
      name: 'fakturaer.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([HEADER, ...rows].join('\n')),
    });
    const good = line('E2E-IMP-1', target.rate, target.id);
    await page
      .getByLabel('Vælg fakturafil (XLSX eller CSV)')
      .setInputFiles(file([good, line('E2E-IMP-2', target.rate + 50, '', 'SAG-FINDES-IKKE')]));
    await page.getByText('Række 3, kolonne »Sagsnummer«: ingen kontrakt hører til sagen »SAG-FINDES-IKKE«.').waitFor();
    await page.getByText(/(række|rækker) har fejl.*intet er gemt/).waitFor();
    expect(await page.getByRole('button', { name: /Importér \d+ fakturaer/ }).count()).toBe(0);
    const stored = async () =>
      (
        (await apiCall(tab.host, token, 'GET', `/api/invoices?contractId=${target.id}&limit=200`)).body.items as {
          invoiceNumber: string;
        }[]
      ).map((i) => i.invoiceNumber);
    expect((await stored()).filter((n) => n.startsWith('E2E-IMP'))).toEqual([]);

    await page
      .getByLabel('Vælg fakturafil (XLSX eller CSV)')
      .setInputFiles(file([good, line('E2E-IMP-2', target.rate + 50, target.id, '', tenDays(target.from, 2))]));
    await page
      .getByText('2 nye fakturaer kontrolleres ved importen. 1 afviger fra kontrakten med i alt 500,00 kr. på spil.')
      .waitFor();
    await page.getByRole('button', { name: 'Importér 2 fakturaer' }).click();
    await page
      .getByText('2 nye fakturaer er kontrolleret og gemt. 1 afviger fra kontrakten med i alt 500,00 kr. på spil.')
      .waitFor();
    expect((await stored()).filter((n) => n.startsWith('E2E-IMP')).sort()).toEqual(['E2E-IMP-1', 'E2E-IMP-2']);

    const items = page.getByRole('list', { name: 'Fakturaer' }).getByRole('listitem');
    await items.filter({ hasText: 'Faktura E2E-IMP-2' }).waitFor();
    const badges = await items.evaluateAll((nodes) => nodes.map((n) => n.querySelector('summary')?.textContent ?? ''));
    const firstOther = badges.findIndex((text) => !text.includes('Afviger'));
    expect(firstOther).toBeGreaterThan(0);
    expect(badges.slice(firstOther).some((text) => text.includes('Afviger'))).toBe(false);
    expect(badges.findIndex((text) => text.includes('E2E-IMP-2'))).toBeLessThan(firstOther);

    const deviating = items.filter({ hasText: 'Faktura E2E-IMP-2' });
    await deviating.locator('summary').click();
    await deviating.getByLabel('Afklaring af faktura E2E-IMP-2').fill('Kreditnota modtaget');
    await deviating.getByRole('button', { name: 'Markér som afklaret' }).click();
    await deviating.getByText(/Afklaret af .+: Kreditnota modtaget/).waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it.each(['default', 'dark', 'contrast'])(
    'finds no serious or critical axe violation in the %s theme',
    async (theme) => {
      const { page } = await openSettled(tab, 'finance', `${ROUTE}/import`, theme);
      await page.getByRole('list', { name: 'Fakturaer' }).locator('summary').first().click();
      expect(await severeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
