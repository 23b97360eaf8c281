import { expect, test } from './fixtures';
import { wcagViolations } from './axe';
import { openPopupPage, openUitlegPage } from './extension-pages';
import { settledMarks } from './highlights';
import { openUiForTests, OPEN_UI_HOST } from './open-ui';
import { markBox } from './page-helpers';
import { smallTargets } from './targets';

test.describe('axe finds no WCAG 2.2 AA violation', () => {
  test('popup: empty, results, entry and settings', async ({ context, extensionId }) => {
    const popup = await openPopupPage(context, extensionId);
    await expect(popup.getByTestId('common-question').first()).toBeVisible();
    expect(await wcagViolations(popup), 'empty popup').toEqual([]);

    await popup.getByTestId('search').fill('keytruda');
    await expect(popup.getByTestId('result').first()).toBeVisible();
    expect(await wcagViolations(popup), 'results').toEqual([]);

    await popup.getByTestId('search').fill('xyzzyq');
    await expect(popup.getByTestId('no-results')).toBeVisible();
    expect(await wcagViolations(popup), 'no results').toEqual([]);

    await popup.getByTestId('search').fill('');
    await popup.getByTestId('settings-toggle').click();
    await expect(popup.getByTestId('setting-enabled')).toBeVisible();
    expect(await wcagViolations(popup), 'settings open').toEqual([]);

    await popup.getByTestId('search').fill('keytruda');
    await popup.getByTestId('result').first().click();
    await expect(popup.getByTestId('entry')).toBeVisible();
    expect(await wcagViolations(popup), 'entry').toEqual([]);
  });

  test('uitleg page: A–Z and an entry', async ({ context, extensionId }) => {
    test.setTimeout(240_000);
    const uitleg = await openUitlegPage(context, extensionId);
    await expect(uitleg.getByTestId('uitleg-search')).toBeVisible();
    expect(await wcagViolations(uitleg), 'A–Z').toEqual([]);

    // An entry is part of the same page (the hash scrolls to it), so it was checked above; the
    // search results are not, so they are checked on their own (axe takes ~40 s per full page here).
    await uitleg.getByTestId('uitleg-search').fill('keytruda');
    await expect(uitleg.getByTestId('uitleg-results').locator('a').first()).toBeVisible();
    expect(await wcagViolations(uitleg, { include: '[data-testid="uitleg-results"]' }), 'search results').toEqual([]);
  });

  test('the tooltip and the navigator on a page', async ({ page, origin }) => {
    await openUiForTests(page);
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const box = await markBox(page, 'nivolumab');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await expect(page.getByTestId('tooltip')).toBeVisible();
    // Only the extension's own UI: the test page is not ours to judge.
    expect(await wcagViolations(page, { include: OPEN_UI_HOST }), 'tooltip').toEqual([]);

    await page.mouse.move(1, 1);
    await page.keyboard.press('Alt+Shift+U');
    await expect(page.getByTestId('navigator')).toBeFocused();
    expect(await wcagViolations(page, { include: OPEN_UI_HOST }), 'navigator').toEqual([]);
  });
});

test.describe('popup results by keyboard', () => {
  test('the active option scrolls into view, and Tab reaches the scrolling results', async ({ context, extensionId }) => {
    const popup = await openPopupPage(context, extensionId);
    const search = popup.getByTestId('search');
    await search.fill('keytruda');
    const results = popup.getByTestId('result');
    await expect(results.first()).toBeVisible();
    const body = popup.getByTestId('popup-body');
    // Only meaningful when the results are longer than their area.
    expect(await body.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    const count = await results.count();
    for (let i = 0; i < count; i++) await search.press('ArrowDown');
    await expect(results.last()).toHaveAttribute('aria-selected', 'true');
    await expect(results.last()).toBeInViewport({ ratio: 0.95 });
    await search.press('Tab');
    await expect(body).toBeFocused();
    await body.press('Home');
    await expect.poll(() => body.evaluate((element) => element.scrollTop)).toBe(0);
  });
});

test.describe('targets are at least 24 × 24 px', () => {
  test('popup and uitleg page', async ({ context, extensionId }) => {
    const popup = await openPopupPage(context, extensionId);
    await popup.getByTestId('settings-toggle').click();
    await expect(popup.getByTestId('setting-enabled')).toBeVisible();
    expect(await smallTargets(popup), 'popup').toEqual([]);
    await popup.getByTestId('search').fill('keytruda');
    await expect(popup.getByTestId('result').first()).toBeVisible();
    expect(await smallTargets(popup), 'results').toEqual([]);
    await popup.getByTestId('result').first().click();
    await expect(popup.getByTestId('entry')).toBeVisible();
    expect(await smallTargets(popup), 'entry').toEqual([]);

    const uitleg = await openUitlegPage(context, extensionId);
    await expect(uitleg.getByTestId('uitleg-search')).toBeVisible();
    expect(await smallTargets(uitleg), 'uitleg').toEqual([]);
  });

  test('tooltip and navigator', async ({ page, origin }) => {
    await openUiForTests(page);
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const box = await markBox(page, 'nivolumab');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await expect(page.getByTestId('tooltip')).toBeVisible();
    expect(await smallTargets(page, OPEN_UI_HOST), 'tooltip').toEqual([]);
    await page.mouse.move(1, 1);
    await page.keyboard.press('Alt+Shift+U');
    await expect(page.getByTestId('navigator')).toBeFocused();
    expect(await smallTargets(page, OPEN_UI_HOST), 'navigator').toEqual([]);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing in the popup, uitleg page or tooltip animates', async ({ context, extensionId, page, origin }) => {
    const moving = (target: typeof page) =>
      target.evaluate(() => {
        const roots: ParentNode[] = [document, ...[...document.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
        const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
        return roots.flatMap((root) =>
          [...root.querySelectorAll('*')].flatMap((element) => {
            const style = getComputedStyle(element);
            const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0.001;
            const transition = seconds(style.transitionDuration) > 0.001;
            const smooth = style.scrollBehavior === 'smooth';
            return animated || transition || smooth ? [`${element.tagName.toLowerCase()}.${element.className}`] : [];
          }),
        );
      });
    await openUiForTests(page);
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const box = await markBox(page, 'nivolumab');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await expect(page.getByTestId('tooltip')).toBeVisible();
    expect(await moving(page), 'tooltip').toEqual([]);
    const popup = await openPopupPage(context, extensionId);
    await expect(popup.getByTestId('search')).toBeVisible();
    expect(await moving(popup), 'popup').toEqual([]);
    const uitleg = await openUitlegPage(context, extensionId);
    await expect(uitleg.getByTestId('uitleg-search')).toBeVisible();
    expect(await moving(uitleg), 'uitleg').toEqual([]);
  });
});
