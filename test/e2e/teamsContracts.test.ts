// The Teams tab's contract register in Chromium against the built host: a negotiator sees a special rate about to
// expire and a provider regulating above KL's rate with its excess, opens the contract of an overdue follow-up, marks
// it done with a note using the keyboard and sees the next one, then reopens it; records the agreed regulated rate
// from a regulation flag and sees the flag clear, the contract's new rate from the regulation date and its audit.

import type { FollowUpOverview } from '../../shared/src/domain/followUp';
import { formatDate, formatKr, formatNumber } from '../../shared/src/rules/format';
import { apiCall, describeTab, openTab, tokenFor } from './support/teamsTab';

jest.setTimeout(120_000);

describeTab('Teams tab contract register in Chromium', (tab) => {
  let overview: FollowUpOverview;
  let token: string;

  beforeAll(async () => {
    token = await tokenFor(tab, 'negotiator');
    overview = (await apiCall(tab.host, token, 'GET', '/api/follow-up')).body;
  }, 60_000);

  it('shows the expiring special rate and the regulation above KL, and marks a follow-up done to see the next', async () => {
    const special = overview.specialRates.find((s) => s.reason === 'expiring')!;
    const regulation = overview.regulations[0]!;
    const overdue = overview.dueGroups.find((g) => g.kind === 'followUp')!.items.find((m) => m.status === 'overdue')!;
    expect([special, regulation, overdue].every(Boolean)).toBe(true);

    const { page, problems } = await openTab(tab, 'negotiator', '#/kontrakter');
    const specialBlock = page.getByRole('region', { name: 'Særtakster' });
    await specialBlock.getByText(`Udløber ${formatDate(special.endDate!)} (om ${special.days} dage)`).waitFor();
    await specialBlock.getByRole('link', { name: special.contractTitle }).waitFor();
    const regulationBlock = page.getByRole('region', { name: 'Prisreguleringer ud over kontrakten' });
    await regulationBlock.getByText(regulation.providerName, { exact: true }).waitFor();
    await regulationBlock
      .getByText(`${formatKr(regulation.excessKr)} (${formatNumber(regulation.excessPercent)} procentpoint) over`)
      .waitFor();
    await page.getByRole('table', { name: 'Kontraktregister' }).waitFor();

    await page.goto(`${page.url().split('#')[0]}#/kontrakter/${overdue.contractId}`);
    const clauses = await apiCall(tab.host, token, 'GET', `/api/contracts/${overdue.contractId}/clause-versions`);
    const [clause] = (clauses.body as { items: { title: string | null; version: number }[] }).items;
    await page
      .getByRole('region', { name: 'Klausulversioner' })
      .getByText(`${clause!.title!} (version ${clause!.version})`)
      .waitFor();
    const item = page.getByRole('listitem', { name: `${formatDate(overdue.dueDate)}: Opfølgning` });
    await item.getByText('Overskredet').waitFor();
    await item.getByRole('button', { name: 'Markér som udført' }).focus();
    await page.keyboard.press('Enter');
    await item.getByLabel('Hvad blev gjort?').fill('Opfølgningsmøde holdt med leverandøren og borgerens netværk.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const status = page.getByText(/^Markeret som udført\. Næste opfølgning: (\d\d\.\d\d\.\d{4})\.$/);
    await status.waitFor();
    const nextDate = /(\d\d\.\d\d\.\d{4})\.$/.exec((await status.textContent())!)![1]!;
    await page
      .getByRole('listitem', { name: `${nextDate}: Opfølgning` })
      .getByText('Åben')
      .waitFor();
    await item.getByText(/Udført .* af .*: Opfølgningsmøde holdt/).waitFor();
    await page
      .getByRole('region', { name: 'Historik' })
      .getByText(/^Markeret udført: Opfølgning/)
      .waitFor();

    await item.getByRole('button', { name: 'Genåbn' }).click();
    await page.getByText(/^Genåbnet\./).waitFor();
    await item.getByText('Overskredet').waitFor();
    expect(await problems()).toEqual([]);
  });

  it('records the agreed regulated rate from a regulation flag: a new rate from the regulation date, audited', async () => {
    const token = await tokenFor(tab, 'negotiator');
    const regulation = overview.regulations[0]!;
    const agreed = regulation.allowedRate;
    const { page, problems } = await openTab(tab, 'negotiator', '#/kontrakter');
    const block = page.getByRole('region', { name: 'Prisreguleringer ud over kontrakten' });
    const field = block.getByLabel(
      `Aftalt takst fra ${formatDate(regulation.validFrom)} (kr.), ${regulation.providerName}, ${regulation.rateLabel}`,
    );
    // The field starts from the rate the contract allows.
    expect(await field.inputValue()).toBe(formatNumber(agreed));
    await block.getByRole('button', { name: 'Registrér aftalt takst' }).first().click();
    await field.waitFor({ state: 'detached' });
    expect(await problems()).toEqual([]);
    await page.close();

    const contract = (await apiCall(tab.host, token, 'GET', `/api/contracts/${regulation.contractId}`)).body;
    const same = contract.rates.filter(
      (r: { type: string; label: string }) => r.type === regulation.type && r.label === regulation.rateLabel,
    );
    expect(same.at(-1)).toEqual({
      type: regulation.type,
      label: regulation.rateLabel,
      amount: agreed,
      validFrom: regulation.validFrom,
    });
    expect(same.at(-2).validTo).toBe(regulation.validFrom);
    const after = (await apiCall(tab.host, token, 'GET', '/api/follow-up')).body as FollowUpOverview;
    expect(
      after.regulations.some((r) => r.contractId === regulation.contractId && r.rateLabel === regulation.rateLabel),
    ).toBe(false);
    const audit = (await apiCall(tab.host, token, 'GET', `/api/contracts/${regulation.contractId}/audit`)).body.items;
    expect(audit[0]).toMatchObject({ action: 'update', entityId: regulation.contractId });
  });
});
