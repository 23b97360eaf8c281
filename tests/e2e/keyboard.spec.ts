import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { entryOf, termIdOf } from './page-helpers';

test.describe('the keyboard navigator', () => {
  test('Alt+Shift+U steps through every marked term, announces it, and Escape returns focus', async ({ page, origin }) => {
    await page.goto(`${origin}/forum-thread.html`);
    const marks = await settledMarks(page);
    expect(marks.length).toBeGreaterThan(5);
    const link = page.locator('a[href]').first();
    await link.focus();

    await page.keyboard.press('Alt+Shift+U');
    const navigator = page.getByTestId('navigator');
    await expect(navigator).toBeVisible();
    await expect(navigator).toBeFocused();
    await expect(page.getByTestId('navigator-position')).toHaveText(`Woord 1 van ${marks.length}`);

    const announced: string[] = [];
    for (let step = 0; step < marks.length; step++) {
      if (step > 0) await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('navigator-position')).toHaveText(`Woord ${step + 1} van ${marks.length}`);
      const id = termIdOf(marks[step]!)!;
      const tooltip = page.getByTestId('tooltip');
      await expect(tooltip).toContainText(entryOf(id).short);
      await expect(page.getByTestId('announcement')).toContainText(`Woord ${step + 1} van ${marks.length}`);
      announced.push(id);
      // The term being explained is scrolled into view.
      const inView = await page.evaluate(() => {
        const [range] = CSS.highlights.get('immuunwijzer-active') ?? [];
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
    await expect(page.getByTestId('navigator-position')).toHaveText(`Woord 1 van ${marks.length}`);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('navigator-position')).toHaveText(`Woord ${marks.length} van ${marks.length}`);

    await page.keyboard.press('Escape');
    await expect(navigator).toHaveCount(0);
    await expect(page.getByTestId('tooltip')).toHaveCount(0);
    await expect(link).toBeFocused();
  });

  test('Tab reaches the links in the explanation', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    await page.keyboard.press('Alt+Shift+U');
    await expect(page.getByTestId('navigator')).toBeFocused();
    const focusable = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      focusable.push(await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.getAttribute('data-testid') ?? active?.tagName;
      }));
    }
    expect(focusable).toEqual(expect.arrayContaining(['navigator-next', 'navigator-close', 'read-more', 'source-link']));
  });
});
