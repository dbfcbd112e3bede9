// Every view of the Word task pane at 350 px passes axe without serious or critical violations, in the light, dark
// and high-contrast themes, and the main flow works with the keyboard alone.
import type { Browser, Page } from 'playwright-core';

import { apiAs } from './support/api';
import { severeViolations } from './support/axe';
import { chromiumOrSkip, launchChromium } from './support/browser';
import { type RunningHost, startBuiltHost } from './support/host';

const chromiumPath = chromiumOrSkip();
const describeInBrowser = chromiumPath ? describe : describe.skip;

describeInBrowser('Word task pane accessibility', () => {
  let host: RunningHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startBuiltHost();
    browser = await launchChromium(chromiumPath!);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  async function open(theme: string) {
    const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: 'da-DK' });
    const page = await context.newPage();
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${host.baseUrl}/addin/taskpane.html?theme=${theme}`);
    return page;
  }

  async function serious(page: Page, view: string) {
    return (await severeViolations(page, 'main')).map((found) => `${view}: ${found}`);
  }

  it.each(['light', 'dark', 'contrast'])(
    'passes axe in every view (%s)',
    async (theme) => {
      const page = await open(theme);
      const main = page.getByRole('main');
      const found: string[] = [];
      await main.getByRole('button', { name: 'Log ind' }).waitFor();
      found.push(...(await serious(page, 'sign-in')));
      await main.getByRole('button', { name: 'Log ind' }).click();
      await main.getByRole('button', { name: 'Log ud' }).waitFor();
      found.push(...(await serious(page, 'overview')));
      await main.getByRole('button', { name: 'Sag', exact: true }).click();
      await main.getByRole('list', { name: 'Sager' }).waitFor();
      found.push(...(await serious(page, 'case')));
      await main
        .getByRole('button', { name: /^Knyt til dokumentet: sag/ })
        .first()
        .click();
      await main.getByRole('button', { name: 'Indsæt', exact: true }).click();
      await main.getByRole('button', { name: /^Indsæt skabelon: Kontrakt om længerevarende/ }).click();
      await main.getByRole('button', { name: /^Takst \(version/ }).click();
      found.push(...(await serious(page, 'insert')));
      await main.getByRole('button', { name: 'Gennemgang', exact: true }).click();
      await main.getByRole('button', { name: 'Gennemgå dokumentet' }).click();
      await main.getByRole('list', { name: 'Fund' }).waitFor();
      found.push(...(await serious(page, 'review')));
      await main.getByRole('button', { name: 'Felter og kontrakt' }).click();
      await main.getByRole('form', { name: 'Kontrakten' }).waitFor();
      found.push(...(await serious(page, 'contract')));
      await main.getByRole('button', { name: 'Prisregulering' }).click();
      await main.getByRole('button', { name: 'Kontrollér' }).waitFor();
      found.push(...(await serious(page, 'regulation')));
      expect(found).toEqual([]);
      await page.context().close();
    },
    180_000,
  );

  it('signs in, links a case and inserts a template with the keyboard alone; focus follows each action', async () => {
    const api = await apiAs(host.baseUrl, 'caseworker');
    const reference = ((await api.get('/api/cases?limit=1')).items as { reference: string }[])[0]!.reference;
    const page = await open('light');
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'Log ind' }).waitFor();
    const tabTo = async (name: string | RegExp, role = 'button') => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return { label: el?.getAttribute('aria-label') ?? el?.textContent ?? '', role: el?.tagName ?? '' };
        });
        const matches = typeof name === 'string' ? focused.label.trim() === name : name.test(focused.label);
        if (matches && (role !== 'button' || focused.role === 'BUTTON')) return;
      }
      throw new Error(`Could not reach ${String(name)} with Tab`);
    };
    await tabTo('Log ind');
    await page.keyboard.press('Enter');
    await main.getByRole('button', { name: 'Log ud' }).waitFor();
    await tabTo('Sag');
    await page.keyboard.press('Enter');
    // Focus moved to the view the action opened.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Sag');
    await main.getByRole('list', { name: 'Sager' }).waitFor();
    await tabTo(`Knyt til dokumentet: sag ${reference}`);
    await page.keyboard.press('Enter');
    await main
      .getByRole('status')
      .filter({ hasText: `Dokumentet er knyttet til sag ${reference}.` })
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(reference);
    await tabTo('Indsæt');
    await page.keyboard.press('Enter');
    await tabTo(/^Indsæt skabelon: /);
    await page.keyboard.press('Enter');
    await main.getByRole('status').filter({ hasText: 'er indsat.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/er indsat\.$/);
    await page.context().close();
  }, 90_000);
});
