// Finds and launches headless Chromium for the browser tests, and records what a page reports as going wrong.
import fs from 'node:fs';

import { type Browser, chromium, type Page } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The Chromium to use (CHROMIUM_PATH, else /usr/bin/chromium). Without one the browser tests are skipped with one
 * line on the console, unless REQUIRE_E2E=1, which makes the absence an error.
 */
export function chromiumOrSkip(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (fs.existsSync(candidate)) return candidate;
  const message = `No Chromium at ${candidate} (set CHROMIUM_PATH or apt-get install chromium)`;
  if (process.env.REQUIRE_E2E === '1') throw new Error(`${message}; REQUIRE_E2E=1 requires the browser tests`);
  console.log(`Skipping browser tests: ${message}.`);
  return undefined;
}

/** Launches headless Chromium; a launch that fails (it can, on a machine under heavy load) is tried once more. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  // The tests close their browsers themselves: a signal to the test process does not close them behind a test's back.
  const launch = () =>
    chromium.launch({
      executablePath,
      headless: true,
      args: ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  try {
    return await launch();
  } catch (error) {
    console.warn(`Chromium did not start (${(error as Error).message.split('\n')[0]}); trying once more.`);
    return launch();
  }
}

/** A problem a page reported: a console error or warning, an uncaught error, a failed request or a CSP violation. */
export interface PageProblem {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'csp';
  text: string;
  /** The URL the problem is about (script, request or blocked resource), when known. */
  url: string;
}

declare global {
  interface Window {
    __cspViolations?: { blockedURI: string; violatedDirective: string; sourceFile: string }[];
  }
}

/** Starts recording problems on a page; call before navigating. `problems()` includes CSP violation events. */
export async function watchProblems(page: Page): Promise<() => Promise<PageProblem[]>> {
  const seen: PageProblem[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      seen.push({ kind: 'console', text: message.text(), url: message.location().url });
    }
  });
  page.on('pageerror', (error) => seen.push({ kind: 'pageerror', text: error.message, url: '' }));
  page.on('requestfailed', (request) =>
    seen.push({ kind: 'requestfailed', text: request.failure()?.errorText ?? 'failed', url: request.url() }),
  );
  // Runs before the page's own scripts and outside its CSP, so every violation event is caught.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations?.push({
        blockedURI: event.blockedURI,
        violatedDirective: event.violatedDirective,
        sourceFile: event.sourceFile,
      }),
    );
  });
  return async () => {
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    const csp = violations.map((v) => ({
      kind: 'csp' as const,
      text: `${v.violatedDirective} blocked ${v.blockedURI} (from ${v.sourceFile})`,
      url: v.blockedURI,
    }));
    return [...seen, ...csp];
  };
}
