// Usage: npm run screenshots   (after npm run build)
// Makes the README's screenshots from the real built extension in Chromium: a marked news
// article, the tooltip on a term, and the popup searching. Writes docs/screenshots/*.png.
import { selectors, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { CLOSED_UI_ENGINE, closedUiEngine, overlay } from '../tests/e2e/closed-ui';
import { launchWithExtension } from '../testing/launch';
import { startServer } from '../tests/e2e/server/serve';

const OUT = 'docs/screenshots';
const VIEWPORT = { width: 1100, height: 720 };

async function waitForMarks(page: Page): Promise<void> {
  await page.waitForFunction(() => ([...CSS.highlights.values()].find((highlight) => highlight.priority === 0)?.size ?? 0) > 10, undefined, { timeout: 20_000 });
  await page.waitForTimeout(500);
}

async function markCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    for (const range of [...CSS.highlights.values()].find((highlight) => highlight.priority === 0) ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getBoundingClientRect();
      if (live.toString() === wanted && rect.top > 80 && rect.bottom < innerHeight - 300) {
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no visible mark "${wanted}"`);
  }, text);
}

await mkdir(OUT, { recursive: true });
const server = await startServer(0);
// The tooltip is in a closed shadow root: reached through the DevTools protocol (tests/e2e/closed-ui.ts).
await selectors.register(CLOSED_UI_ENGINE, closedUiEngine);
const context = await launchWithExtension();
try {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;

  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${server.origin}/news-article.html`);
  await waitForMarks(page);
  await page.screenshot({ path: `${OUT}/marked-page.png` });

  const point = await markCenter(page, 'nivolumab');
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await (await overlay(page)).getByTestId('tooltip').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/tooltip.png` });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 580 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('search').fill('keytruda');
  await popup.getByTestId('result').first().waitFor();
  await popup.screenshot({ path: `${OUT}/popup-search.png` });
  await popup.getByTestId('result').first().click();
  await popup.getByTestId('entry').waitFor();
  await popup.screenshot({ path: `${OUT}/popup-entry.png` });
  console.log(`Screenshots written to ${OUT}/`);
} finally {
  await context.close();
  await server.close();
}
