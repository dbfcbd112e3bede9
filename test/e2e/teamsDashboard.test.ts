// The Overblik view in Chromium: its charts, a chart's table view and CSV export (checked against the table), the
// keyboard alone, and axe in the light, dark and high-contrast themes.
import fs from 'node:fs';

import type { Locator, Page } from 'playwright-core';

import { severeViolations } from './support/axe';
import { describeTab, openSettled, type TabSuite } from './support/teamsTab';
import { countOf, until } from './support/until';

jest.setTimeout(300_000);

/** The card of a chart, by its heading. */
const card = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });

async function openDashboard(tab: TabSuite, theme?: string) {
  const opened = await openSettled(tab, 'manager', '#/overblik', theme);
  // Every chart drawn: the chart library arrived and each card shows its SVG.
  await opened.page.waitForFunction(() => document.querySelectorAll('section section svg').length >= 8);
  // The costliest cases' table comes in a chunk of its own, which may arrive after the charts.
  await opened.page
    .getByRole('region', { name: /dyreste sager/ })
    .getByRole('table')
    .waitFor();
  return opened;
}

/** A table's cells as text, header row first. */
async function tableCells(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
    ),
  );
}

/** A table cell as the CSV writes it: amounts without thousands separators and "kr.". */
const asCsv = (text: string) =>
  /^-?[\d.]+,\d{2} kr\.$/.test(text) ? text.replace(/\./g, '').replace(' kr', '').replace(/\.$/, '') : text;

describeTab('Overblik in Chromium', (tab) => {
  it('shows the charts and the costliest cases, and exports a table exactly as it is shown', async () => {
    const { page, problems } = await openDashboard(tab);
    // As many as the follow-up overview lists: the demo settings' 12.
    const cases = card(page, 'De 12 dyreste sager de næste 12 måneder');
    await countOf(cases.getByRole('row'), 13);
    await expect(cases.getByRole('link').first().getAttribute('href')).resolves.toMatch(/^#\/sager\/[\w-]+$/);

    const providers = card(page, 'Udgift pr. leverandør');
    await providers.getByRole('button', { name: 'Vis som tabel' }).click();
    const table = providers.getByRole('table', { name: 'Udgift pr. leverandør' });
    const shown = await tableCells(table);
    expect(shown[0]).toEqual(['Leverandør', 'Udgift (kr.)', 'Kontrakter i sidste måned']);
    // The ten leading providers, and the demo municipality's others as one row.
    expect(shown.length).toBe(12);
    expect(shown[11]![0]).toBe('Øvrige');
    expect(shown[1]![1]).toMatch(/^[\d.]+,\d{2} kr\.$/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      providers.getByRole('button', { name: 'Eksportér CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^overblik-leverandoer_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines.map((line) => line.split(';'))).toEqual(shown.map((row) => row.map(asCsv)));
    expect(lines.some((line) => /[æøå]/i.test(line))).toBe(true);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it("opens a chart's full table a page at a time, and exports every row of it", async () => {
    const { page, problems } = await openDashboard(tab);
    const providers = card(page, 'Udgift pr. leverandør');
    await providers.getByRole('button', { name: 'Vis alle' }).click();
    const table = providers.getByRole('table', { name: 'Udgift pr. leverandør, alle rækker' });
    await table.waitFor();
    const rowsShown = async () => (await tableCells(table)).length - 1;
    // More than the ten the chart shows; "Vis flere" (pages of 50) until every provider is shown.
    await page.waitForFunction(() => /^Viser /.test(document.querySelector('[aria-live="polite"]')?.textContent ?? ''));
    await expect(rowsShown()).resolves.toBeGreaterThan(10);
    const more = providers.getByRole('button', { name: 'Vis flere' });
    for (let shown = 50; await more.isVisible();) {
      await more.click();
      await page.waitForFunction(
        ([count]) =>
          document.querySelectorAll('table[aria-label="Udgift pr. leverandør, alle rækker"] tbody tr').length > count!,
        [shown],
      );
      shown = await rowsShown();
    }
    const all = await tableCells(table);
    expect(all[0]).toEqual(['Leverandør', 'Udgift (kr.)', 'Kontrakter i sidste måned']);
    expect(new Set(all.slice(1).map((row) => row[0])).size).toBe(all.length - 1);
    await providers.getByText(`Viser ${all.length - 1} rækker.`).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      providers.getByRole('button', { name: 'Eksportér alle rækker som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^overblik-leverandoer-alle_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const lines = fs
      .readFileSync(await download.path())
      .toString('utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(lines.map((line) => line.split(';'))).toEqual(all.map((row) => row.map(asCsv)));

    // Back to the chart.
    await providers.getByRole('button', { name: 'Vis alle' }).click();
    await expect(table.count()).resolves.toBe(0);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone: a table view turned on and off', async () => {
    const { page } = await openDashboard(tab);
    const months = card(page, 'Udgift pr. måned');
    const toggle = months.getByRole('button', { name: 'Vis som tabel' });
    for (let i = 0; i < 80 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await until(
      'the table view to be on',
      () => toggle.getAttribute('aria-pressed'),
      (pressed) => pressed === 'true',
    );
    await countOf(months.getByRole('table').getByRole('row'), 13);
    await page.keyboard.press('Space');
    await countOf(months.getByRole('table'), 0);
    await page.close();
  });

  it.each(['default', 'dark', 'contrast'])(
    'finds no serious or critical axe violation in the %s theme',
    async (theme) => {
      const { page } = await openDashboard(tab, theme);
      const paragraphs = card(page, 'Udgift pr. paragraf');
      await paragraphs.getByRole('button', { name: 'Vis som tabel' }).click();
      await paragraphs.getByRole('table').waitFor();
      expect(await severeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
