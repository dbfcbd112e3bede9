// axe on a page: the serious and critical violations, each as its rule and the first elements it was found on.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The page's serious or critical violations (within `include`, a CSS selector, when given), as "rule: targets". */
export async function severeViolations(page: Page, include?: string): Promise<string[]> {
  // Tabster's focus sentinels (`data-tabster-dummy`: aria-hidden, focusable on purpose, they pass focus on at once)
  // are a known false positive of aria-hidden-focus: https://github.com/microsoft/tabster/issues/288
  const builder = new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
