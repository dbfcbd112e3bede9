// Every view of the Word task pane at 320 and 350 px in the light, dark and high-contrast themes: no two form
// controls overlap, no text is cut off by its box, no placeholder looks like a typed value, the pane does not scroll
// sideways, and axe finds nothing serious or critical. A screenshot of each is written for a person to look at (see
// support/screens.ts).
import type { Locator, Page } from 'playwright-core';

import { severeViolations } from './support/axe';
import { layoutProblems } from './support/layout';
import { openPane } from './support/pane';
import { photograph } from './support/screens';
import { describeInChromium } from './support/suite';
import { resizedTo } from './support/until';

const WIDTHS = [320, 350];

describeInChromium('Word task pane layout in Chromium', (suite) => {
  /** The layout problems and axe findings of the view on screen, at each width, with a screenshot of each. */
  async function check(page: Page, view: string, theme: string, target: Locator): Promise<string[]> {
    const found = (await severeViolations(page, 'main')).map((problem) => `${view}: ${problem}`);
    for (const width of WIDTHS) {
      await resizedTo(page, width, 800);
      found.push(...(await layoutProblems(page)).map((problem) => `${view} at ${width} px: ${problem}`));
      found.push(...(await photograph(page, `pane-${view}-${width}-${theme}`, target)));
    }
    return found;
  }

  it.each(['light', 'dark', 'contrast'])(
    'holds at 320 and 350 px in every view (%s)',
    async (theme) => {
      const page = await openPane(suite.browser, suite.host, theme);
      const main = page.getByRole('main');
      const found: string[] = [];
      await main.getByRole('button', { name: 'Log ind' }).waitFor();
      found.push(...(await check(page, 'log-ind', theme, main)));
      await main.getByRole('button', { name: 'Log ind' }).click();
      await main.getByRole('button', { name: 'Log ud' }).waitFor();
      found.push(...(await check(page, 'overblik', theme, main)));
      await main.getByRole('button', { name: 'Sag', exact: true }).click();
      await main.getByRole('list', { name: 'Sager' }).waitFor();
      found.push(...(await check(page, 'sag', theme, main)));
      await main
        .getByRole('button', { name: /^Knyt til dokumentet: sag/ })
        .first()
        .click();
      await main.getByRole('button', { name: 'Indsæt', exact: true }).click();
      await main
        .getByRole('button', { name: /^Indsæt skabelon: / })
        .first()
        .waitFor();
      found.push(...(await check(page, 'indsaet', theme, main)));
      await main.getByRole('button', { name: 'Gennemgang', exact: true }).click();
      await main.getByRole('button', { name: 'Gennemgå dokumentet' }).click();
      await main.getByRole('list', { name: 'Fund' }).waitFor();
      found.push(...(await check(page, 'gennemgang', theme, main)));
      await main.getByRole('button', { name: 'Felter og kontrakt' }).click();
      const contract = main.getByRole('form', { name: 'Kontrakten' });
      await contract.waitFor();
      found.push(...(await check(page, 'kontrakt', theme, contract)));
      await main.getByRole('button', { name: 'Prisregulering' }).click();
      await main.getByRole('button', { name: 'Kontrollér' }).waitFor();
      found.push(...(await check(page, 'prisregulering', theme, main)));
      expect(found).toEqual([]);
      await page.context().close();
    },
    // Six views at two widths with axe; on a two-core machine overloaded tenfold, 240 s ran out.
    480_000,
  );
});
