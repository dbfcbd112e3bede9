// axe on a page: the serious and critical violations, each as its rule and the first elements it was found on.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The page's serious or critical violations (within `include`, a CSS selector, when given), as "rule: targets". */
export async function severeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
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
