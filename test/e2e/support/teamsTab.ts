// Helpers for the Teams tab's browser tests: a suite on the built host in Chromium, the tab opened signed in as a
// seeded role, the API called as that role, and import files.
import type { Browser, Page } from 'playwright-core';

import { PROVIDER_IMPORT_HEADERS, rowsOf, xlsxOf } from '../../support/importFiles';
import { chromiumOrSkip, launchChromium, type PageProblem, watchProblems } from './browser';
import { type RunningHost, startBuiltHost } from './host';

export interface DemoTenant {
  id: string;
  name: string;
  users: { userId: string; name: string; roles: string[] }[];
}

/** What a tab suite runs against: the built host, the test's Chromium, and the first demo municipality. */
export interface TabSuite {
  host: RunningHost;
  browser: Browser;
  tenant: DemoTenant;
}

/**
 * A describe block for the tab in Chromium, skipped without one (see chromiumOrSkip): the host starts before its tests
 * and stops after them, a browser starts for each test; `body` reads them from the suite it is given.
 */
export function describeTab(title: string, body: (tab: TabSuite) => void): void {
  const chromiumPath = chromiumOrSkip();
  (chromiumPath ? describe : describe.skip)(title, () => {
    // Each test has a Chromium of its own, so nothing a test leaves behind in the browser reaches the next.
    const tab = {} as TabSuite;
    beforeAll(async () => {
      tab.host = await startBuiltHost();
      tab.tenant = await firstTenant(tab.host);
    }, 60_000);
    beforeEach(async () => {
      tab.browser = await launchChromium(chromiumPath!);
    });
    afterEach(async () => {
      await tab.browser?.close().catch(() => undefined);
    });
    afterAll(async () => {
      await tab.host?.stop();
    });
    body(tab);
  });
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
  await page.getByRole('button', { name: 'Skift bruger' }).waitFor({ timeout: 15_000 });
  return { page, problems };
}

/** An XLSX workbook with the provider import headers and the given rows (each a map from header to cell text). */
export const importWorkbook = (rows: Record<string, string>[]): Promise<Buffer> =>
  xlsxOf(PROVIDER_IMPORT_HEADERS, rowsOf(PROVIDER_IMPORT_HEADERS, rows), 'Tilbud');
