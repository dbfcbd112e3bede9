// Helpers for the Teams tab's browser tests: a suite on the built host in Chromium, the tab opened signed in as a
// seeded role, the API called as that role, and import files.
import type { Page } from 'playwright-core';

import { PROVIDER_IMPORT_HEADERS, rowsOf, xlsxOf } from '../../support/importFiles';
import { severeViolations } from './axe';
import { type PageProblem, watchProblems } from './browser';
import type { RunningHost } from './host';
import { type BrowserSuite, describeInChromium } from './suite';
import { framesDrawn } from './until';

export interface DemoTenant {
  id: string;
  name: string;
  users: { userId: string; name: string; roles: string[] }[];
}

/** What a tab suite runs against: the built host, the test's Chromium, and the first demo municipality. */
export interface TabSuite extends BrowserSuite {
  tenant: DemoTenant;
}

/**
 * A describe block for the tab in Chromium, skipped without one (see chromiumOrSkip): the host starts before its tests
 * and stops after them, a browser starts for each test (so nothing a test leaves behind in the browser reaches the
 * next); `body` reads them from the suite it is given.
 */
export function describeTab(title: string, body: (tab: TabSuite) => void): void {
  describeInChromium(
    title,
    (suite) => {
      const tab = suite as TabSuite;
      beforeAll(async () => {
        tab.tenant = await firstTenant(tab.host);
      });
      body(tab);
    },
    { browserPerTest: true },
  );
}

/** The first seeded municipality, as the picker lists it. */
export async function firstTenant(host: RunningHost): Promise<DemoTenant> {
  const answer = (await (await fetch(`${host.baseUrl}/api/dev/tenants`)).json()) as { items: DemoTenant[] };
  return answer.items[0]!;
}

/** A dev token for the suite's municipality's first seeded user with the role, as the tab's sign-in link takes it. */
export async function tokenFor({ host, tenant }: TabSuite, role: string): Promise<string> {
  const user = tenant.users.find((u) => u.roles.includes(role))!;
  const response = await fetch(`${host.baseUrl}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: tenant.id, userId: user.userId, name: user.name, roles: [role] }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Calls the API as JSON with a token. */
export async function apiCall(host: RunningHost, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(host.baseUrl + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export interface OpenedTab {
  page: Page;
  problems: () => Promise<PageProblem[]>;
}

/** Opens `/teams/?tenant=…&role=…#route` in a new page and waits until the signed-in header shows. */
export async function openTab(
  { browser, host, tenant }: TabSuite,
  role: string,
  route: string,
  theme?: string,
): Promise<OpenedTab> {
  // A context of its own (axe needs one), closed with the page. The browser may be closing by then (the test is
  // over): that close is not a failure, and an unhandled rejection here would fail whichever test runs next.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('close', () => {
    context.close().catch(() => undefined);
  });
  const problems = await watchProblems(page);
  const themeParam = theme ? `&theme=${theme}` : '';
  await page.goto(`${host.baseUrl}/teams/?tenant=${encodeURIComponent(tenant.id)}&role=${role}${themeParam}${route}`);
  await page.getByRole('button', { name: 'Skift bruger' }).waitFor();
  return { page, problems };
}

/**
 * Opens the tab as `openTab` does and waits until the view has settled: its first data shown, the parts loaded after
 * that data (see `deferred` in the tab) fetched, and a frame drawn since, so what a test then reads is the whole view.
 */
export async function openSettled(tab: TabSuite, role: string, route: string, theme?: string): Promise<OpenedTab> {
  const opened = await openTab(tab, role, route, theme);
  await opened.page.waitForFunction(() => performance.getEntriesByName('koberollen:first-data').length > 0);
  await opened.page.waitForLoadState('networkidle');
  await framesDrawn(opened.page);
  return opened;
}

/**
 * axe's serious and critical findings on each view (name to route), opened settled as `role` in the theme, by view;
 * outside the default theme only the views named in `themed` are checked.
 */
export async function severeByView(
  tab: TabSuite,
  role: string,
  views: Record<string, string>,
  theme: string,
  themed: readonly string[],
): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [name, route] of Object.entries(views)) {
    if (theme !== 'default' && !themed.includes(name)) continue;
    const { page } = await openSettled(tab, role, route, theme);
    const severe = await severeViolations(page);
    if (severe.length > 0) found[name] = severe;
    await page.close();
  }
  return found;
}

/** An XLSX workbook with the provider import headers and the given rows (each a map from header to cell text). */
export const importWorkbook = (rows: Record<string, string>[]): Promise<Buffer> =>
  xlsxOf(PROVIDER_IMPORT_HEADERS, rowsOf(PROVIDER_IMPORT_HEADERS, rows), 'Tilbud');
