// The built Teams tab and Word task pane in headless Chromium, served by the local host exactly as `npm start` does.

import type { Page } from 'playwright-core';

import { pageCsp } from '../../functions/src/http/securityHeaders';
import packageJson from '../../package.json';
import { buildPackages } from '../support/packages';
import { type PageProblem, watchProblems } from './support/browser';
import { OFFICE_JS_ORIGIN, refuseOfficeJs } from './support/pane';
import { describeInChromium } from './support/suite';
import { countAtLeast, countOf } from './support/until';

const CONNECTED = `Forbundet til Køberollen ${packageJson.version} (lager: sqlite)`;

describeInChromium('pages in Chromium', (suite) => {
  /** Opens a page with office.js refused, as offline: the tests use no network, and the pane must cope. */
  async function open(pathname: string) {
    const page = await suite.browser.newPage();
    await refuseOfficeJs(page);
    const problems = await watchProblems(page);
    const response = await page.goto(suite.host.baseUrl + pathname);
    if (!response) throw new Error(`No response for ${pathname}`);
    return { page, response, problems };
  }

  /**
   * Opens one of the two pages and checks what both must show: 200 with the page's security headers, Danish, the
   * product heading, and the API status line once the API has answered.
   */
  async function openRendered(pathname: string, kind: 'addin' | 'teams') {
    const opened = await open(pathname);
    expect(opened.response.status()).toBe(200);
    const headers = opened.response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toBe(pageCsp(kind));
    const frameAncestors = /frame-ancestors ([^;]+)/.exec(headers['content-security-policy'] ?? '')?.[1]?.split(' ');
    // Each page may be framed by its own hosts only: the tab by Teams, the pane by Office on the web.
    const ownHost = kind === 'teams' ? 'https://teams.microsoft.com' : 'https://*.officeapps.live.com';
    const otherHost = kind === 'teams' ? 'https://*.officeapps.live.com' : 'https://teams.microsoft.com';
    expect(frameAncestors).toEqual(expect.arrayContaining(["'self'", ownHost]));
    expect(frameAncestors).not.toContain(otherHost);
    const { page } = opened;
    await page.getByText(CONNECTED).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Køberollen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    return opened;
  }

  const backgroundOf = (page: Page) =>
    page
      .locator('.fui-FluentProvider')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);

  it('renders the Teams tab as the demo sign-in picker with the API version', async () => {
    const { page, problems } = await openRendered('/teams/', 'teams');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Vælg en demobruger');
    await countOf(page.getByRole('heading', { level: 3 }), 2);
    await countAtLeast(page.getByRole('button', { name: /^Log ind som .*Sagsbehandler/ }), 1);
    expect(await backgroundOf(page)).toBe('rgb(255, 255, 255)');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('takes the dark Teams theme from ?theme=dark', async () => {
    const { page, problems } = await open('/teams/?theme=dark');
    await page.getByText(CONNECTED).waitFor();
    const [r, g, b] = ((await backgroundOf(page)).match(/\d+/g) ?? []).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('renders the task pane as a preview when office.js cannot load', async () => {
    const { page, problems } = await openRendered('/addin/taskpane.html', 'addin');
    await page.getByText('Forhåndsvisning – åbn i Word for at redigere dokumentet').waitFor();

    const reported = await problems();
    const unexpected = reported.filter((problem: PageProblem) => !problem.url.startsWith(OFFICE_JS_ORIGIN));
    expect(unexpected).toEqual([]);
    // The one tolerated problem is really there: office.js was asked for and refused.
    expect(reported.some((problem) => problem.kind === 'requestfailed')).toBe(true);
    await page.close();
  });

  it('serves every icon and page the Word manifest names', async () => {
    const { xml: manifest } = await buildPackages([]);
    const urls = [...new Set(manifest.match(/https:\/\/localhost:7071\/[^"<]+/g) ?? [])];
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      const answer = await fetch(url.replace('https://localhost:7071', suite.host.baseUrl));
      expect({ url, status: answer.status }).toEqual({ url, status: 200 });
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
