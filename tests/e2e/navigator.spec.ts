import type { Page } from '@playwright/test';
import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { markedOnPage } from './page-terms';
import { watchProblems } from './page-helpers';

const TEN_TERMS = 'nivolumab, pembrolizumab, ipilimumab, durvalumab, atezolizumab, Keytruda, Opdivo, Yervoy, Imfinzi, Tecentriq.';

/** The element that has focus, looking into the UI's closed root through the roots the test stashed. */
function focusedTestId(page: Page) {
  return page.evaluate(() => {
    const roots = (window as unknown as { __closedShadowRoots?: Set<ShadowRoot> }).__closedShadowRoots ?? new Set();
    const inUi = [...roots].map((root) => root.activeElement).find((element) => element);
    const active = inUi ?? document.activeElement;
    return active?.getAttribute('data-testid') ?? active?.id ?? active?.tagName;
  });
}

test.describe('the keyboard navigator', () => {
  test.describe('on a very large page', () => {
    // The 100 ms budget stays as it is; CI shares a 2-core machine, so one noisy try may retry, and a
    // real regression still fails every try.
    test.describe.configure({ retries: 2 });

    test('opens within 100 ms on a page with 60,000 marks', async ({ context, page, origin }) => {
      test.setTimeout(180_000);
      await page.goto(`${origin}/no-terms.html`);
      await page.evaluate((sentence) => {
        const fragment = document.createDocumentFragment();
        for (let day = 1; day <= 6000; day++) {
          const paragraph = document.createElement('p');
          paragraph.textContent = `Dag ${day}: ${sentence}`;
          fragment.append(paragraph);
        }
        document.body.append(fragment);
      }, TEN_TERMS);
      await expect.poll(() => markedOnPage(context), { timeout: 150_000, intervals: [1000] }).toBe(60_000);
      const ui = await overlay(page);
      // The page's own key listener runs after the extension's (which is first on window, capture
      // phase), so at that moment the navigator has been rendered; timeStamp is when the key came in.
      await page.evaluate(() => {
        window.addEventListener('keydown', (event) => {
          if (event.code === 'KeyU') (window as unknown as { __openMs: number }).__openMs = performance.now() - event.timeStamp;
        });
      });
      await page.keyboard.press('Alt+Shift+U');
      await expect(ui.getByTestId('navigator-position')).toHaveText('Woord 1 van 60000');
      const openMs = await page.evaluate(() => (window as unknown as { __openMs?: number }).__openMs);
      expect(openMs, 'the page saw the key press after the navigator opened').toBeDefined();
      console.log(`navigator opened in ${openMs!.toFixed(1)} ms with 60,000 marks`);
      expect(openMs!).toBeLessThan(100);
      await page.keyboard.press('End');
      await expect(ui.getByTestId('navigator-position')).toHaveText('Woord 60000 van 60000');
      await expect(ui.getByTestId('tooltip')).toContainText('Tecentriq');
    });
  });

  test('closes when focus leaves it, restoring nothing; and on a click outside', async ({ page, origin }) => {
    await page.goto(`${origin}/forum-thread.html`);
    await settledMarks(page);
    const ui = await overlay(page);
    await page.locator('a[href]').last().focus();
    await page.keyboard.press('Alt+Shift+U');
    await expect(ui.getByTestId('navigator')).toBeFocused();
    // Shift+Tab from the panel leaves the UI for the page's last link.
    await page.keyboard.press('Shift+Tab');
    await expect(ui.getByTestId('navigator')).toHaveCount(0);
    await expect(ui.getByTestId('tooltip')).toHaveCount(0);
    expect(await focusedTestId(page)).not.toBe('navigator');

    await page.keyboard.press('Alt+Shift+U');
    await expect(ui.getByTestId('navigator')).toBeFocused();
    await page.mouse.click(3, 3);
    await expect(ui.getByTestId('navigator')).toHaveCount(0);
  });

  test('Escape from a link in the explanation closes it and restores focus and scroll position', async ({ page, origin }) => {
    await page.goto(`${origin}/news-article.html`);
    await settledMarks(page);
    const ui = await overlay(page);
    // A link far down the page, as a reply box would be, scrolled into view.
    const link = page.locator('a[href]').last();
    await link.scrollIntoViewIfNeeded();
    await link.focus();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(500);
    await page.keyboard.press('Alt+Shift+U');
    await expect(ui.getByTestId('navigator-position')).toHaveText(/^Woord 1 van/);
    // The first term is near the top: the page scrolled there.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(scrollBefore - 200);
    for (let i = 0; i < 8 && (await focusedTestId(page)) !== 'read-more'; i++) await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('read-more');
    await page.keyboard.press('Escape');
    await expect(ui.getByTestId('navigator')).toHaveCount(0);
    await expect(link).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBeCloseTo(scrollBefore, 0);
  });

  test('the in-page shortcut goes by the key, not the character (a dead key on macOS)', async ({ context, page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const ui = await overlay(page);
    await page.evaluate(() => window.addEventListener('keydown', (event) => ((window as unknown as { __keys: string[] }).__keys ??= []).push(`${event.code}/${event.key}`)));
    // What macOS sends for Alt+Shift+U: code KeyU, key "Dead" (Alt = 1, Shift = 8).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 9, code: 'KeyU', key: 'Dead', windowsVirtualKeyCode: 0 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 9, code: 'KeyU', key: 'Dead', windowsVirtualKeyCode: 0 });
    await expect(ui.getByTestId('navigator')).toBeFocused();
    // The page saw the same key, so this came through the in-page fallback, not the browser's command.
    expect(await page.evaluate(() => (window as unknown as { __keys?: string[] }).__keys)).toContain('KeyU/Dead');
  });

  test('never throws on marks whose text shrank', async ({ page, origin }) => {
    const problems = watchProblems(page);
    await page.goto(`${origin}/editors.html`);
    expect(await settledMarks(page)).toEqual(['nivolumab', 'tumor', 'PD-L1']);
    // Made editable after marking, then edited: the engine no longer follows it, so its marks go stale.
    const stale = await page.evaluate(async () => {
      const plain = document.getElementById('plain')!;
      plain.contentEditable = 'true';
      (plain.firstChild as Text).data = 'Kort.';
      // Give the engine its idle time to react to the edit.
      await new Promise((done) => requestIdleCallback(() => requestAnimationFrame(done)));
      let count = 0;
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight) if (range.endOffset > (range.endContainer as Text).length) count++;
      }
      return count;
    });
    test.skip(stale === 0, 'the engine dropped the marks of the edited region: nothing stale to step over');
    const ui = await overlay(page);
    await page.keyboard.press('Alt+Shift+U');
    await expect(ui.getByTestId('navigator')).toBeFocused();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await expect(ui.getByTestId('navigator')).toBeVisible();
    expect(problems.errors).toEqual([]);
    expect(problems.extensionLogs).toEqual([]);
  });
});
