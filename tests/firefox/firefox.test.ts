import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxForThisFile } from './firefox-session';

const firefox = firefoxForThisFile();

async function markTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const range of [...CSS.highlights.values()].find((highlight) => highlight.priority === 0) ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      texts.push(live.toString());
    }
    return texts;
  });
}

async function settled(page: Page, minimum: number): Promise<string[]> {
  let previous = '';
  for (let attempt = 0; attempt < 50; attempt++) {
    await new Promise((done) => setTimeout(done, 200));
    const current = JSON.stringify(await markTexts(page));
    if (current === previous && JSON.parse(current).length >= minimum) break;
    previous = current;
  }
  return markTexts(page);
}

describe('the Firefox build in Firefox', () => {
  it('marks terms with the Highlight API, never inside editors, and sends nothing anywhere', async () => {
    const page = await firefox.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${firefox.origin}/editors.html`);
    expect(await settled(page, 3)).toEqual(['nivolumab', 'tumor', 'PD-L1']);
    expect(requests.filter((url) => !url.startsWith(firefox.origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints the dotted underline under a marked term', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(`${firefox.origin}/editors.html`);
    await settled(page, 3);
    await new Promise((done) => setTimeout(done, 300));
    const boxes = await page.evaluate(() => {
      const [range] = [...CSS.highlights.values()].find((highlight) => highlight.priority === 0) ?? [];
      const live = document.createRange();
      live.setStart(range!.startContainer, range!.startOffset);
      live.setEnd(range!.endContainer, range!.endOffset);
      const marked = live.getBoundingClientRect();
      const plain = document.createRange();
      const text = document.querySelector('#plain')!.firstChild!;
      plain.setStart(text, 0);
      plain.setEnd(text, 6);
      const unmarked = plain.getBoundingClientRect();
      const box = (rect: DOMRect) => ({ x: rect.left, y: rect.top, width: rect.width, height: rect.height + 4 });
      return { marked: box(marked), unmarked: box(unmarked) };
    });
    const bluePixels = async (clip: { x: number; y: number; width: number; height: number }) => {
      const png = PNG.sync.read(Buffer.from(await page.screenshot({ clip })));
      let count = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const distance = Math.abs(png.data[i]! - 47) + Math.abs(png.data[i + 1]! - 111) + Math.abs(png.data[i + 2]! - 208);
        if (distance < 90) count++;
      }
      return count;
    };
    expect(await bluePixels(boxes.marked)).toBeGreaterThan(5);
    expect(await bluePixels(boxes.unmarked)).toBe(0);
    await page.close();
  });

  it('follows a React page that re-renders every 100 ms without breaking it', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${firefox.origin}/react-app.html`);
    const marks = await settled(page, 5);
    expect(marks).toEqual(expect.arrayContaining(['nivolumab', 'PD-L1']));
    await new Promise((done) => setTimeout(done, 1000));
    expect(await page.evaluate(() => (window as unknown as { __reactErrors: unknown[] }).__reactErrors)).toEqual([]);
    await page.close();
  });

  it('shows the tooltip on hover', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(`${firefox.origin}/editors.html`);
    await settled(page, 3);
    const point = await page.evaluate(() => {
      const [range] = [...CSS.highlights.values()].find((highlight) => highlight.priority === 0) ?? [];
      const live = document.createRange();
      live.setStart(range!.startContainer, range!.startOffset);
      live.setEnd(range!.endContainer, range!.endOffset);
      const rect = live.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x - 30, point.y);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    // The tooltip sits in a closed shadow root, so the page (and this test) cannot read its text;
    // what the page can see is that the extension's host element is drawn just below the term.
    const shown = await page.waitForFunction(
      ({ x, y }) => {
        const top = document.elementFromPoint(x + 10, y + 30);
        return top?.parentElement === document.documentElement && top.tagName === 'DIV' && top.shadowRoot === null;
      },
      { timeout: 5_000, polling: 100 },
      point,
    );
    expect(await shown.jsonValue()).toBe(true);
    await page.close();
  });
});
