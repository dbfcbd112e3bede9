// "Påmindelser" in Chromium against the built host: the negotiator sees their overdue and coming milestones (the
// ones the register shows), the missed follow-up first, each named by and linked to its contract with its case
// reference, and adds one to the calendar as an .ics file.
import fs from 'node:fs';

import { addDays, isoDateOf } from '@koberollen/shared/rules/dates';

import { apiCall, describeTab, openTab, tokenFor } from './support/teamsTab';
import { countOf } from './support/until';

jest.setTimeout(120_000);

interface Due {
  id: string;
  contractId: string;
  title: string;
  dueDate: string;
}

/** How the panel words a due date, written out here on its own: overdue, today, or in so many days. */
function dueWords(dueDate: string, today: string): string {
  const date = `${dueDate.slice(8, 10)}.${dueDate.slice(5, 7)}.${dueDate.slice(0, 4)}`;
  const days = Math.round((Date.parse(dueDate) - Date.parse(today)) / 86_400_000);
  if (days < 0) return `Overskredet siden ${date}`;
  if (days === 0) return 'Frist i dag';
  return `Frist ${date} (om ${days} ${days === 1 ? 'dag' : 'dage'})`;
}

describeTab('Påmindelser in Chromium', (tab) => {
  it("lists the user's overdue and coming milestones with links, and downloads one as a calendar file", async () => {
    const role = 'negotiator';
    // The day in Denmark, as the server reads it (a UTC date is a day behind after 23:00 in winter).
    const today = isoDateOf(new Date());
    const me = tab.tenant.users.find((u) => u.roles.includes(role))!;
    const path = `/api/milestones?assignee=${me.userId}&dueWithinDays=30&withContracts=true&limit=50`;
    const answer = (await apiCall(tab.host, await tokenFor(tab, role), 'GET', path)).body;
    const due = answer.items as Due[];
    const contracts = answer.contracts as Record<string, { title: string; caseReference?: string }>;
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((m) => m.dueDate <= addDays(today, 30))).toBe(true);
    // The demo's missed follow-up is the negotiator's, and comes first: overdue before coming.
    const first = due[0]!;
    expect(first.dueDate < today).toBe(true);

    const { page, problems } = await openTab(tab, role, '#/kontrakter');
    await page.getByRole('button', { name: 'Påmindelser' }).click();
    const list = page.getByRole('list', { name: 'Dine påmindelser' });
    await countOf(list.getByRole('listitem'), due.length);
    const item = list.getByRole('listitem').first();
    const link = item.getByRole('link').first();
    const contract = contracts[first.contractId]!;
    expect(await link.textContent()).toBe(contract.title);
    expect(await link.getAttribute('href')).toBe(`#/kontrakter/${first.contractId}`);
    expect(await item.textContent()).toContain(first.title);
    expect(await item.textContent()).toContain(`Sag ${contract.caseReference}`);
    expect(await item.textContent()).toContain(dueWords(first.dueDate, today));
    const overdue = due.filter((m) => m.dueDate < today).length;
    const noun = overdue === 1 ? 'overskreden frist' : 'overskredne frister';
    await page.getByText(`${overdue} ${noun} og `, { exact: false }).waitFor();
    await countOf(list.getByText('Overskredet siden', { exact: false }), overdue);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: 'Føj til kalender (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`frist-${first.dueDate}.ics`);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${first.dueDate.replace(/-/g, '')}\r\n`);
    expect(ics.replace(/\r\n /g, '')).toContain(`/kontrakter/${first.contractId}`);
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
