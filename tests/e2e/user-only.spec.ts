import type { Page } from '@playwright/test';
import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { entryOf, markBox } from './page-helpers';

async function centre(page: Page, text: string) {
  const box = await markBox(page, text);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('only the user acts', () => {
  test('synthetic key, pointer and touch events from the page open nothing', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const point = await centre(page, 'nivolumab');
    const changed = await page.evaluate(async ({ x, y }) => {
      const count = () => document.documentElement.children.length;
      const before = count();
      const target = document.elementFromPoint(x, y)!;
      const results: Record<string, boolean> = {};
      // The navigator and a tapped tooltip would open at once, inside dispatchEvent.
      const init = { altKey: true, shiftKey: true, key: 'U', code: 'KeyU', bubbles: true, cancelable: true };
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', init));
      results.shortcut = count() !== before;
      const touch = { clientX: x, clientY: y, bubbles: true, pointerType: 'touch', isPrimary: true };
      target.dispatchEvent(new PointerEvent('pointerdown', touch));
      target.dispatchEvent(new PointerEvent('pointerup', touch));
      results.tap = count() !== before;
      // A hover opens after its dwell (300 ms): the absence of an effect shows only once that has passed.
      target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerType: 'mouse' }));
      await new Promise((done) => setTimeout(done, 900));
      results.hover = count() !== before;
      return results;
    }, point);
    expect(changed).toEqual({ shortcut: false, tap: false, hover: false });
    // The same actions by the user do open them.
    const ui = await overlay(page);
    await page.keyboard.press('Alt+Shift+U');
    await expect(ui.getByTestId('navigator')).toBeFocused();
  });

  test('"Lees meer" ignores clicks made by a script, and opens a tab for the user', async ({ context, page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const ui = await overlay(page);
    const point = await centre(page, 'nivolumab');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const readMore = ui.getByTestId('read-more');
    await expect(readMore).toBeVisible();
    const pagesBefore = context.pages().length;
    // As if the page could reach the button (the root is closed; the test hands it over).
    await readMore.evaluate((button: HTMLElement) => {
      for (let i = 0; i < 30; i++) button.click();
    });
    const opened = context.waitForEvent('page');
    await readMore.click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toContain('uitleg.html#nivolumab');
    expect(context.pages().length).toBe(pagesBefore + 1);
  });

  test('hover, Escape and the shortcut work on a page that swallows every event in the capture phase', async ({ page, origin }) => {
    await page.goto(`${origin}/stop-propagation.html`);
    expect(await settledMarks(page)).toEqual(['nivolumab', 'PD-L1', 'longarts']);
    const ui = await overlay(page);
    const point = await centre(page, 'nivolumab');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const tooltip = ui.getByTestId('tooltip');
    await expect(tooltip).toContainText(entryOf('nivolumab').short);
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    await page.mouse.move(2, 2);
    await page.locator('#link').focus();
    await page.keyboard.press('Alt+Shift+U');
    await expect(ui.getByTestId('navigator')).toBeFocused();
    await expect(ui.getByTestId('navigator-position')).toHaveText('Woord 1 van 3');
    await page.keyboard.press('ArrowRight');
    await expect(ui.getByTestId('navigator-position')).toHaveText('Woord 2 van 3');
    await page.keyboard.press('Escape');
    await expect(ui.getByTestId('navigator')).toHaveCount(0);
    await expect(page.locator('#link')).toBeFocused();
    // The page's handlers did run, and stopped the event for everyone after them.
    expect(await page.evaluate(() => (window as unknown as { __swallowed: number }).__swallowed)).toBeGreaterThan(5);
  });
});
