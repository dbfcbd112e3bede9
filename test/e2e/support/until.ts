// Waits in the browser tests for a state rather than reading once: a read is repeated until it holds, and a timeout
// names what was awaited and what was last seen, so a slow machine only makes a test slower, never red.
import type { Locator, Page } from 'playwright-core';

/** How long a state may take to come about on a loaded machine (Playwright's own default for an action). */
export const SETTLE_MS = 30_000;

const POLL_MS = [50, 100, 250, 500];

/**
 * Repeats `read` until `holds` accepts its value and answers that value; fails after `timeoutMs` with `what` and the
 * last value read.
 */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  holds: (value: T) => boolean,
  timeoutMs = SETTLE_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`Waited ${timeoutMs} ms for ${what}; last seen: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS[Math.min(attempt, POLL_MS.length - 1)]));
  }
}

/** Waits until the locator matches exactly `expected` elements; answers that count. */
export const countOf = (locator: Locator, expected: number): Promise<number> =>
  until(
    `${String(locator)} to match ${expected}`,
    () => locator.count(),
    (n) => n === expected,
  );

/** Waits until the locator matches at least `least` elements; answers the count then. */
export const countAtLeast = (locator: Locator, least: number): Promise<number> =>
  until(
    `${String(locator)} to match at least ${least}`,
    () => locator.count(),
    (n) => n >= least,
  );

/** Waits until the field's value is `expected`. */
export const valueOf = (field: Locator, expected: string): Promise<string> =>
  until(
    `${String(field)} to hold ${JSON.stringify(expected)}`,
    () => field.inputValue(),
    (v) => v === expected,
  );

/** Waits until the element has the keyboard focus. */
export const focused = (element: Locator): Promise<boolean> =>
  until(
    `${String(element)} to have focus`,
    () => element.evaluate((el) => el === document.activeElement),
    (has) => has,
  );

/**
 * Waits until the focused element's text (or, with `attribute`, that attribute) contains `expected` (a string) or
 * matches it (a pattern); answers that text.
 */
export const focusText = (page: Page, expected: string | RegExp, attribute?: string): Promise<string> =>
  until(
    `the focused element's ${attribute ?? 'text'} to show ${String(expected)}`,
    () =>
      page.evaluate(
        (name) => (name ? document.activeElement?.getAttribute(name) : document.activeElement?.textContent) ?? '',
        attribute,
      ),
    (text) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text)),
  );

/**
 * Waits until a resized page has laid itself out at its new width: the window reports the width, and two animation
 * frames have passed since (styles and layout recomputed, resize observers run).
 */
export async function resizedTo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction((w) => window.innerWidth === w, width);
  await framesDrawn(page);
}

/** Waits until two animation frames have passed: what the page had queued is rendered and laid out. */
export const framesDrawn = (page: Page): Promise<void> =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
