// Layout checks on a rendered page: form controls whose boxes intersect, text cut off by its own box, and placeholders
// that look like typed values.
import type { Page } from 'playwright-core';

/** What is wrong with the page's layout at its current size, each as a sentence naming the elements. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"` +
      (el.id ? `#${el.id}` : '');
    // Visible on screen: not inside a closed <details> (whose content Chromium lays out but does not render).
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 2 && box.height > 2 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    };
    const controls = [
      ...document.querySelectorAll(
        'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea, button, [role=combobox]',
      ),
    ].filter(shown);
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i]!, controls[j]!];
        if (a.contains(b) || b.contains(a)) continue;
        const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        const across = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const down = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (across > 1 && down > 1) problems.push(`${name(a)} overlaps ${name(b)}`);
      }
    }
    for (const el of document.querySelectorAll('body *')) {
      if (el instanceof SVGElement || !shown(el)) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!ownText) continue;
      const style = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} is cut off`);
    }
    // An empty field's placeholder must not look like a typed value (high contrast made them equally bright).
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      'input[placeholder], textarea[placeholder]',
    )) {
      if (!shown(el) || el.value !== '' || !el.placeholder) continue;
      const placeholder = getComputedStyle(el, '::placeholder');
      const value = getComputedStyle(el);
      if (placeholder.color === value.color && placeholder.fontStyle === value.fontStyle) {
        problems.push(`${name(el)}: its placeholder "${el.placeholder}" looks like a typed value`);
      }
    }
    return problems;
  });
}
