import type { Page } from '@playwright/test';

/**
 * Targets smaller than 24 × 24 CSS px (WCAG 2.2 SC 2.5.8). A checkbox or radio inside a label counts
 * as its label (clicking the label toggles it); a link inside a sentence is exempt (the inline
 * exception). `within` limits the check to one element, piercing open shadow roots.
 */
export async function smallTargets(page: Page, within?: string): Promise<string[]> {
  return page.evaluate((hostSelector) => {
    const root: ParentNode = hostSelector ? (document.querySelector(hostSelector)?.shadowRoot ?? document.querySelector(hostSelector)!) : document;
    const small: string[] = [];
    for (const element of root.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [role="option"], [tabindex="0"]')) {
      const target = element instanceof HTMLInputElement && element.closest('label') ? element.closest('label')! : element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(target).visibility === 'hidden') continue;
      if (element.tagName === 'A') {
        const sentence = element.parentElement?.textContent?.trim() ?? '';
        if (sentence.length > (element.textContent?.trim().length ?? 0) + 3 && getComputedStyle(element).display === 'inline') continue;
      }
      if (box.width < 24 - 0.01 || box.height < 24 - 0.01) {
        small.push(`${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
      }
    }
    return small;
  }, within);
}
