// The Word task pane opened in Chromium outside Word: office.js is cut off, so the pane runs as in a browser.
import type { Browser, Page } from 'playwright-core';

import type { ApiReader } from './api';
import type { RunningHost } from './host';
import { withMeetings } from './meetings';

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
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
  if (meetingsFor) await withMeetings(page, meetingsFor.userName);
  const signIn = meetingsFor ? `&tenant=${encodeURIComponent(meetingsFor.tenantId)}&role=caseworker` : '';
  await page.goto(`${host.baseUrl}/addin/taskpane.html?theme=${theme}${signIn}`);
  return page;
}
