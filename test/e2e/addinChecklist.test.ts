// The Word task pane's checklist in Chromium: after a review, the count of unticked checklist items follows each tick
// and untick at once, not one click behind.
import { apiAs, type ApiReader } from './support/api';
import { openPreview, pane, status } from './support/pane';
import { describeInChromium } from './support/suite';
import { until } from './support/until';

const TEMPLATE_108 = 'Kontrakt om længerevarende botilbud (serviceloven § 108)';
const COUNT = /^(\d+) punkte?r? på tjeklisten er ikke afkrydset\.$/;

describeInChromium('Word task pane checklist in Chromium', (suite) => {
  let api: ApiReader;

  beforeAll(async () => {
    api = await apiAs(suite.host.baseUrl, 'caseworker');
  });

  it('counts the unticked checklist items right after every click', async () => {
    const { page, unexpected } = await openPreview(suite.browser, suite.host, '');
    await pane(page)
      .getByLabel('Bruger og rolle')
      .selectOption({ label: `${api.userName} – Sagsbehandler` });
    await pane(page).getByRole('button', { name: 'Log ind' }).click();
    await pane(page).getByRole('button', { name: 'Log ud' }).waitFor();
    await pane(page).getByRole('button', { name: 'Indsæt', exact: true }).click();
    await pane(page)
      .getByRole('button', { name: `Indsæt skabelon: ${TEMPLATE_108}` })
      .click();
    await status(page, `${TEMPLATE_108} er indsat.`).waitFor();
    await pane(page).getByRole('button', { name: 'Gennemgang', exact: true }).click();
    await pane(page).getByRole('button', { name: 'Gennemgå dokumentet' }).click();
    await status(page, /fund/).first().waitFor();

    const boxes = pane(page).locator('section[aria-labelledby^="checklist-"]').getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(3);
    /** The number the pane says is unticked: 0 when the line is gone. */
    const shown = async () => {
      const line = await pane(page).getByText(COUNT).allTextContents();
      return line.length === 0 ? 0 : Number(COUNT.exec(line[0]!)![1]);
    };
    const ticked = async () =>
      (await boxes.evaluateAll((all) => all.filter((b) => (b as HTMLInputElement).checked))).length;
    const expectCount = async (what: string, count: number) => {
      await until(what, shown, (n) => n === count);
      expect(count).toBe(total - (await ticked()));
    };
    await expectCount('every item unticked after the review', total);
    await boxes.nth(0).check();
    await expectCount('one fewer after the first tick', total - 1);
    await boxes.nth(1).check();
    await expectCount('two fewer after the second tick', total - 2);
    await boxes.nth(0).uncheck();
    await expectCount('one back after an untick', total - 1);
    expect(await unexpected()).toEqual([]);
    await page.close();
  });
});
