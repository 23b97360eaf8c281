import type { Browser, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN } from './launch';

/**
 * An extension page (the uitleg page) in a tab. WebDriver BiDi may not navigate to moz-extension:
 * URLs, so the extension opens it itself: hover a term, click "Lees meer" in the tooltip.
 */
export async function openUitlegFromTooltip(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  await page.goto(`${origin}/editors.html`);
  // The e2e build gives a page that asks for it an open UI root (page/test-hooks.ts), so the test can
  // read the tooltip; the shipped build's root is always closed.
  await page.evaluate(() => document.documentElement.setAttribute('data-test-open-ui', ''));
  const point = await page.waitForFunction(
    () => {
      const [range] = [...CSS.highlights.values()].find((highlight) => highlight.priority === 0) ?? [];
      if (!range) return undefined;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { timeout: 15_000, polling: 200 },
  );
  const { x, y } = (await point.jsonValue())!;
  await page.mouse.move(x - 30, y);
  await page.mouse.move(x, y, { steps: 3 });
  const button = await page.waitForFunction(
    () => {
      const element = document.querySelector('[data-testid="immuunwijzer-ui"]')?.shadowRoot?.querySelector('[data-testid="tooltip"] button');
      if (!element) return undefined;
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { timeout: 5_000, polling: 100 },
  );
  const before = new Set(await browser.pages());
  const at = (await button.jsonValue())!;
  await page.mouse.click(at.x, at.y);
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const candidate of await browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch((error: unknown) => `error ${String(error)}`);
      if (href.startsWith(`${EXTENSION_ORIGIN}/uitleg.html`)) {
        await page.close();
        return candidate;
      }
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('the uitleg page did not open');
}
