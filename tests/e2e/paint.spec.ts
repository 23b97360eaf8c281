import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { markBox, setSettings } from './page-helpers';

/** Pixels in the box around the text whose colour is close to the mark's colour. */
async function pixelsNear(page: Page, box: { x: number; y: number; width: number; height: number }, colour: [number, number, number], tolerance = 90): Promise<number> {
  const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: Math.max(1, box.width), height: box.height + 4 } });
  const png = PNG.sync.read(shot);
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const distance = Math.abs(png.data[i]! - colour[0]) + Math.abs(png.data[i + 1]! - colour[1]) + Math.abs(png.data[i + 2]! - colour[2]);
    if (distance < tolerance) count++;
  }
  return count;
}

const UNDERLINE: [number, number, number] = [47, 111, 208];

async function wordBox(page: Page, selector: string, word: string) {
  return page.evaluate(
    ([css, text]) => {
      const element = document.querySelector(css)!;
      const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes(text))!;
      const range = document.createRange();
      const start = node.textContent!.indexOf(text);
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    },
    [selector, word] as const,
  );
}

test.describe('how marks are painted', () => {
  test('the dotted underline shows, also where page CSS tries to switch it off', async ({ page, origin }) => {
    await page.goto(`${origin}/hostile-css.html`);
    expect(await settledMarks(page)).toEqual(['nivolumab', 'Keytruda']);
    // The page has found the marks' highlight and given it its own rule.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __targeted: string[] }).__targeted.length)).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const marked = await pixelsNear(page, await markBox(page, 'nivolumab'), UNDERLINE);
    const plain = await pixelsNear(page, await wordBox(page, '#p1', 'januari'), UNDERLINE);
    expect(marked).toBeGreaterThan(5);
    expect(plain).toBe(0);
  });

  test('the background style tints the term', async ({ context, page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    await setSettings(context, { markStyle: 'background' });
    await page.waitForTimeout(500);
    // rgba(255, 196, 0, 0.35) over white
    const tint: [number, number, number] = [255, 238, 166];
    expect(await pixelsNear(page, await markBox(page, 'nivolumab'), tint, 30)).toBeGreaterThan(20);
    expect(await pixelsNear(page, await wordBox(page, '#plain', 'Vorige'), tint, 30)).toBe(0);
  });
});
