// Screenshots of a page for a person to look at: written to SCREENSHOT_DIR, else a folder in the system's temp
// directory, with a check that the page does not scroll sideways at its viewport's width.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Locator, Page } from 'playwright-core';

/** Where screenshots go. */
export const SCREENS = process.env.SCREENSHOT_DIR || path.join(os.tmpdir(), 'koberollen-screens');

/**
 * Scrolls the target into view and writes `<name>.png` of the viewport; answers a problem when the page is wider
 * than its viewport (nothing when it fits).
 */
export async function photograph(page: Page, name: string, target: Locator): Promise<string[]> {
  await target.scrollIntoViewIfNeeded();
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`) });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  return overflow > 0 ? [`${name}: the page is ${overflow} px wider than its viewport`] : [];
}
