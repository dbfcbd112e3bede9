// The Teams tab's credit notes in Chromium against the built host: a month billed twice is flagged; finance registers
// a credit note for the earlier invoice's days from its row, sees it listed with the invoice it credits, and sees the
// later invoice's deviation clear; then corrects the credit note to one day (the deviation returns) and deletes it
// after the confirmation.
import { severeViolations } from './support/axe';
import { photograph } from './support/screens';
import { apiCall, describeTab, openTab, tokenFor } from './support/teamsTab';

jest.setTimeout(120_000);

const ROUTE = '#/kontrakter/fakturaer';

interface Registered {
  id: string;
  invoiceNumber: string;
  contractId: string;
  status: string;
  periodFrom: string;
  periodTo: string;
  lines: { rateType: string; unit: string; description: string; quantity: number; unitPrice: number; amount: number }[];
  creditsInvoiceId?: string;
}

const danish = (n: number) => n.toLocaleString('da-DK', { minimumFractionDigits: 2 }).replace(/\u00a0/g, '');

describeTab('Teams tab credit notes in Chromium', (tab) => {
  it('credits the days an earlier invoice billed, and the later invoice billed twice then matches', async () => {
    const token = await tokenFor(tab, 'finance');
    const all = (await apiCall(tab.host, token, 'GET', '/api/invoices?status=matching&limit=200')).body
      .items as Registered[];
    const earlier = all.find((i) => !i.creditsInvoiceId && i.lines.length === 1)!;
    const twice = await apiCall(tab.host, token, 'POST', `/api/contracts/${earlier.contractId}/invoices`, {
      invoiceNumber: 'E2E-IGEN',
      periodFrom: earlier.periodFrom,
      periodTo: earlier.periodTo,
      receivedDate: earlier.periodTo,
      lines: earlier.lines,
      notes: '',
    });
    expect(twice.body.status).toBe('deviating');

    const { page, problems } = await openTab(tab, 'finance', ROUTE);
    const items = page.getByRole('list', { name: 'Fakturaer' }).getByRole('listitem');
    const titled = (title: string) => items.filter({ has: page.getByText(title, { exact: true }) });
    const later = titled('Faktura E2E-IGEN');
    expect(await later.locator('summary').textContent()).toContain('Afviger');
    const credited = titled(`Faktura ${earlier.invoiceNumber}`);
    await credited.locator('summary').click();
    await credited.getByRole('button', { name: 'Registrér kreditnota' }).click();
    const form = credited.getByRole('form', { name: `Kreditnota til faktura ${earlier.invoiceNumber}` });
    await form.getByLabel('Kreditnotanummer').fill('E2E-KN-1');
    const line = earlier.lines[0]!;
    await form.getByLabel(`Antal krediteret, ${line.description}`).fill(String(line.quantity));
    expect(await severeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Registrér kreditnota' }).click();

    const note = titled('Kreditnota E2E-KN-1');
    await note.waitFor();
    expect(await note.locator('summary').textContent()).toContain(
      `Krediterer ${danish(line.amount)} kr. på faktura ${earlier.invoiceNumber}`,
    );
    await later.filter({ hasText: 'Stemmer' }).waitFor();
    expect(await later.locator('summary').textContent()).not.toContain('Afviger');

    // Registered by mistake for the whole period: corrected to its first day, the later invoice deviates again.
    await note.locator('summary').click();
    await note.getByRole('button', { name: 'Ret kreditnota E2E-KN-1' }).click();
    const correction = note.getByRole('form', { name: 'Ret kreditnota E2E-KN-1' });
    const firstDay = earlier.periodFrom.split('-').reverse().join('.');
    await correction.getByLabel('Krediterede dage til').fill(firstDay);
    expect(await severeViolations(page)).toEqual([]);
    expect(await photograph(page, 'teams-kreditnota-ret', correction)).toEqual([]);
    await correction.getByRole('button', { name: 'Gem rettelse' }).click();
    await note.filter({ hasText: `${firstDay}–${firstDay}` }).waitFor();
    await later.filter({ hasText: 'Afviger' }).waitFor();

    // Deleted after the confirmation: gone from the list, and the later invoice still deviates.
    const deleteButton = note.getByRole('button', { name: 'Slet kreditnota E2E-KN-1' });
    if (!(await deleteButton.isVisible())) await note.locator('summary').click();
    await deleteButton.click();
    const confirm = note.getByRole('alertdialog', { name: 'Slet kreditnota E2E-KN-1' });
    expect(await confirm.textContent()).toContain(`Faktura ${earlier.invoiceNumber} krediteres så ikke længere`);
    expect(await photograph(page, 'teams-kreditnota-slet', confirm)).toEqual([]);
    await confirm.getByRole('button', { name: 'Slet kreditnota' }).click();
    await note.waitFor({ state: 'detached' });
    expect(await later.locator('summary').textContent()).toContain('Afviger');
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
