import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { entryOf, termIdOf } from './page-helpers';

test.describe('the keyboard navigator', () => {
  test('Alt+Shift+U steps through every marked term, announces it, and Escape returns focus', async ({ page, origin }) => {
    await page.goto(`${origin}/forum-thread.html`);
    const ui = await overlay(page);
    const marks = await settledMarks(page);
    expect(marks.length).toBeGreaterThan(5);
    const link = page.locator('a[href]').first();
    await link.focus();

    await page.keyboard.press('Alt+Shift+U');
    const navigator = ui.getByTestId('navigator');
    await expect(navigator).toBeVisible();
    await expect(navigator).toBeFocused();
    await expect(ui.getByTestId('navigator-position')).toHaveText(`Woord 1 van ${marks.length}`);

    const announced: string[] = [];
    for (let step = 0; step < marks.length; step++) {
      if (step > 0) await page.keyboard.press('ArrowRight');
      await expect(ui.getByTestId('navigator-position')).toHaveText(`Woord ${step + 1} van ${marks.length}`);
      const id = termIdOf(marks[step]!)!;
      const tooltip = ui.getByTestId('tooltip');
      await expect(tooltip).toContainText(entryOf(id).short);
      await expect(ui.getByTestId('announcement')).toContainText(`Woord ${step + 1} van ${marks.length}`);
      announced.push(id);
      // The term being explained is scrolled into view.
      const inView = await page.evaluate(() => {
        // The explained word's highlight is the one with priority 1 (names are random per page).
        const active = [...CSS.highlights.values()].find((highlight) => highlight.priority === 1);
        const [range] = active ?? [];
        if (!range) return false;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const rect = live.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      });
      expect(inView, marks[step]).toBe(true);
    }
    expect(announced).toEqual(marks.map((text) => termIdOf(text)));
    // Wraps around.
    await page.keyboard.press('ArrowRight');
    await expect(ui.getByTestId('navigator-position')).toHaveText(`Woord 1 van ${marks.length}`);
    await page.keyboard.press('ArrowLeft');
    await expect(ui.getByTestId('navigator-position')).toHaveText(`Woord ${marks.length} van ${marks.length}`);

    await page.keyboard.press('Escape');
    await expect(navigator).toHaveCount(0);
    await expect(ui.getByTestId('tooltip')).toHaveCount(0);
    await expect(link).toBeFocused();
  });

  test('Tab reaches the links in the explanation', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    const ui = await overlay(page);
    await settledMarks(page);
    await page.keyboard.press('Alt+Shift+U');
    await expect(ui.getByTestId('navigator')).toBeFocused();
    const focusable = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      focusable.push(await page.evaluate(() => {
        // The UI's shadow root is closed: its focused element is found through the roots the test stashed.
        const roots = (window as unknown as { __closedShadowRoots?: Set<ShadowRoot> }).__closedShadowRoots ?? new Set();
        const active = [...roots].map((root) => root.activeElement).find((element) => element) ?? document.activeElement;
        return active?.getAttribute('data-testid') ?? active?.tagName;
      }));
    }
    expect(focusable).toEqual(expect.arrayContaining(['navigator-next', 'navigator-close', 'read-more', 'source-link']));
  });
});
