// The Word task pane opened in Chromium outside Word: office.js is cut off, so the pane runs as in a browser; and the
// parts of the pane the tests read.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

import type { ApiReader } from './api';
import { type PageProblem, watchProblems } from './browser';
import type { RunningHost } from './host';
import { withMeetings } from './meetings';

/** Where office.js comes from; the tests refuse it, as offline, and its refusal is the one problem a page may show. */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com/';

/** Refuses office.js on a page or a whole context. */
export async function refuseOfficeJs(target: Page | BrowserContext): Promise<void> {
  await target.route(`${OFFICE_JS_ORIGIN}**`, (route) => route.abort('internetdisconnected'));
}

/** The pane at `width` px in the theme; signed in through a link for `meetingsFor`'s user, with meetings on, when given. */
export async function openPane(
  browser: Browser,
  host: RunningHost,
  theme: string,
  options: { width?: number; meetingsFor?: ApiReader } = {},
): Promise<Page> {
  const { width = 350, meetingsFor } = options;
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'da-DK' });
  const page = await context.newPage();
  await refuseOfficeJs(page);
  if (meetingsFor) await withMeetings(page, meetingsFor.userName);
  const signIn = meetingsFor ? `&tenant=${encodeURIComponent(meetingsFor.tenantId)}&role=caseworker` : '';
  await page.goto(`${host.baseUrl}/addin/taskpane.html?theme=${theme}${signIn}`);
  return page;
}

/**
 * The pane in a wide window beside its document preview, at `/addin/taskpane.html<search>`, with meetings on for
 * `meetingsFor`'s user when given; `unexpected` answers the problems the page reported besides office.js's refusal.
 */
export async function openPreview(
  browser: Browser,
  host: RunningHost,
  search = '',
  meetingsFor?: ApiReader,
): Promise<{ page: Page; unexpected: () => Promise<PageProblem[]> }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await refuseOfficeJs(page);
  if (meetingsFor) await withMeetings(page, meetingsFor.userName);
  const problems = await watchProblems(page);
  await page.goto(`${host.baseUrl}/addin/taskpane.html${search}`);
  const unexpected = async () => (await problems()).filter((p) => !p.url.startsWith(OFFICE_JS_ORIGIN));
  return { page, unexpected };
}

/** The pane itself. */
export const pane = (page: Page): Locator => page.getByRole('main');
/** The document preview beside the pane. */
export const documentView = (page: Page): Locator => page.getByRole('region', { name: 'Dokumentet (forhåndsvisning)' });
/** The review's findings. */
export const findings = (page: Page): Locator => pane(page).getByRole('list', { name: 'Fund' });
/** The pane's status lines holding `text`. */
export const status = (page: Page, text: string | RegExp): Locator =>
  pane(page).getByRole('status').filter({ hasText: text });

/** Links the document to the case with `reference` through the pane's case search, and waits until the pane says so. */
export async function linkCase(page: Page, reference: string): Promise<void> {
  await pane(page).getByRole('button', { name: 'Sag', exact: true }).click();
  await pane(page).getByLabel('Sagsnummer eller ord fra sagen').fill(reference);
  await pane(page).getByRole('button', { name: 'Søg' }).click();
  await pane(page)
    .getByRole('button', { name: `Knyt til dokumentet: sag ${reference}` })
    .click();
  await status(page, `Dokumentet er knyttet til sag ${reference}.`).waitFor();
}
