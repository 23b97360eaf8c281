import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { countStyled, markTexts, settledMarks } from './highlights';
import { markBox, setSettings } from './page-helpers';

type Box = { x: number; y: number; width: number; height: number };

async function shot(page: Page, box: Box): Promise<PNG> {
  return PNG.sync.read(await page.screenshot({ clip: { x: box.x, y: box.y, width: Math.max(1, box.width), height: box.height + 4 } }));
}

/** Pixels that differ between two shots of the same box. */
function differingPixels(a: PNG, b: PNG): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const distance = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (distance > 60) count++;
  }
  return count;
}

/** The word painted as marked against the same word with marking switched off: the mark must show. */
async function markedMinusPlain(page: Page, context: Parameters<typeof setSettings>[0], text: string): Promise<number> {
  const box = await markBox(page, text);
  const marked = await shot(page, box);
  await setSettings(context, { enabled: false });
  await expect.poll(() => markTexts(page)).toEqual([]);
  const plain = await shot(page, box);
  return differingPixels(marked, plain);
}

test.describe('Windows high contrast (forced colors)', () => {
  test.use({ colorScheme: 'light' });

  test('the underline mark is still drawn', async ({ context, page, origin }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    // At least a 2 px line under the word's full width.
    const { width } = await markBox(page, 'nivolumab');
    expect(await markedMinusPlain(page, context, 'nivolumab')).toBeGreaterThan(width);
  });

  test('the background mark is still drawn', async ({ context, page, origin }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    await setSettings(context, { markStyle: 'background' });
    await expect.poll(() => countStyled(page, 'background')).toBeGreaterThan(0);
    const { width, height } = await markBox(page, 'nivolumab');
    expect(await markedMinusPlain(page, context, 'nivolumab')).toBeGreaterThan((width * height) / 4);
  });

  test('the tooltip keeps a visible border and system colours', async ({ page, origin }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const box = await markBox(page, 'nivolumab');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    const tooltip = (await overlay(page)).getByTestId('tooltip');
    await expect(tooltip).toBeVisible();
    const style = await tooltip.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { borderWidth: computed.borderTopWidth, borderStyle: computed.borderTopStyle };
    });
    expect(style.borderStyle).not.toBe('none');
    expect(parseFloat(style.borderWidth)).toBeGreaterThanOrEqual(1);
  });
});
