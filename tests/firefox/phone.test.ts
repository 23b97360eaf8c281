import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openUitlegFromTooltip } from './extension-page';
import { firefoxForThisFile } from './firefox-session';

// Firefox for Android cannot run here; Firefox ESR at a phone's size is the closest check: the
// popup (which Android opens as a full page) must fit the screen, and a tap must open the tooltip.
const PHONE = { width: 360, height: 740 };

const firefox = firefoxForThisFile();

async function waitFor<T>(read: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 75; attempt++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('timed out');
}

function overflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    clientWidth: document.documentElement.clientWidth,
    bodyWidth: document.body.getBoundingClientRect().width,
  }));
}

describe('Firefox at a phone size', () => {
  it('the popup as a full page fits the screen without horizontal scrolling', async () => {
    const page = await openUitlegFromTooltip(firefox.browser, firefox.origin);
    await page.setViewport(PHONE);
    expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    // An extension page may open another one of its own pages.
    await page.evaluate(() => location.assign('/popup.html'));
    await waitFor(() => page.evaluate(() => document.querySelector('[data-testid="search"]') ? true : undefined));
    const { scrollWidth, clientWidth, bodyWidth } = await overflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(bodyWidth).toBe(PHONE.width);
    await page.close();
  });

  it('a tap on a marked word opens its explanation', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ ...PHONE, hasTouch: true, isMobile: true });
    await page.goto(`${firefox.origin}/editors.html`);
    // The e2e build gives a page that asks for it an open UI root (page/test-hooks.ts), so the test can
    // read the tooltip; the shipped build's root is always closed.
    await page.evaluate(() => document.documentElement.setAttribute('data-test-open-ui', ''));
    const point = await waitFor(() =>
      page.evaluate(() => {
        const [range] = [...CSS.highlights.values()].find((highlight) => highlight.priority === 0) ?? [];
        if (!range) return undefined;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const rect = live.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }),
    );
    await page.touchscreen.tap(point.x, point.y);
    const text = await waitFor(() =>
      page.evaluate(() => document.querySelector('[data-testid="immuunwijzer-ui"]')?.shadowRoot?.querySelector('[data-testid="tooltip"]')?.textContent || undefined),
    );
    expect(text).toContain('nivolumab');
    await page.close();
  });
});
