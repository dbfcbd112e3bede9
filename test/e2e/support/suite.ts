// A describe block for browser tests: the built host started once for the block, headless Chromium for the block or
// for each test, and both closed afterwards; skipped without a Chromium (see chromiumOrSkip).
import type { Browser } from 'playwright-core';

import { chromiumOrSkip, launchChromium } from './browser';
import { HOST_START_MS, type RunningHost, startBuiltHost } from './host';

/** What a browser suite runs against; its fields are set before the block's first test. */
export interface BrowserSuite {
  host: RunningHost;
  browser: Browser;
}

export interface SuiteOptions {
  /** A Chromium of its own for each test, so nothing a test leaves in the browser reaches the next (default: one). */
  browserPerTest?: boolean;
}

/** Time for a browser launch on a loaded machine (it is tried twice, see launchChromium). */
const LAUNCH_MS = 60_000;

/** Declares the block; `body` declares its tests and reads the host and browser from the suite it is given. */
export function describeInChromium(
  title: string,
  body: (suite: BrowserSuite) => void,
  { browserPerTest = false }: SuiteOptions = {},
): void {
  const chromiumPath = chromiumOrSkip();
  (chromiumPath ? describe : describe.skip)(title, () => {
    const suite = {} as BrowserSuite;
    const launch = async () => {
      suite.browser = await launchChromium(chromiumPath!);
    };
    const close = async () => {
      await suite.browser?.close().catch(() => undefined);
    };
    beforeAll(async () => {
      suite.host = await startBuiltHost();
      if (!browserPerTest) await launch();
    }, HOST_START_MS + LAUNCH_MS);
    if (browserPerTest) {
      beforeEach(launch, LAUNCH_MS);
      afterEach(close);
    }
    afterAll(async () => {
      if (!browserPerTest) await close();
      await suite.host?.stop();
    });
    body(suite);
  });
}
