import type { Page } from '@playwright/test';
import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { entryOf, markBox, mutationLog, recordMutations, watchProblems } from './page-helpers';

/** The dwell before a tooltip opens, as the README promises (Wikipedia's previews use 500 ms). */
const DWELL_MS = 300;

async function hover(page: Page, text: string, occurrence = 0) {
  const box = await markBox(page, text, occurrence);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return { box, point };
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.describe('the tooltip', () => {
  test('opens after a short dwell on a term, with its explanation and source', async ({ context, page, origin }) => {
    await recordMutations(context);
    const problems = watchProblems(page);
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    // Not at once: a pointer crossing the page must not flash tooltips. Measured in the page, from
    // the pointer's last move to the moment the extension's host appears (it appears with the
    // first tooltip), so a busy machine cannot make the check pass or fail by itself.
    await page.evaluate(() => {
      const times = { lastMove: 0, shown: 0 };
      (window as unknown as { __dwell: typeof times }).__dwell = times;
      addEventListener('pointermove', () => (times.lastMove = performance.now()), true);
      new MutationObserver(() => (times.shown ||= performance.now())).observe(document.documentElement, { childList: true });
    });
    const { box } = await hover(page, 'nivolumab');
    const tooltip = (await overlay(page)).getByTestId('tooltip');
    await expect(tooltip).toBeVisible();
    const dwell = await page.evaluate(() => {
      const times = (window as unknown as { __dwell: { lastMove: number; shown: number } }).__dwell;
      return times.shown - times.lastMove;
    });
    expect(dwell).toBeGreaterThanOrEqual(DWELL_MS - 20);
    const entry = entryOf('nivolumab');
    await expect(tooltip).toContainText(entry.term);
    await expect(tooltip).toContainText(entry.short);
    await expect(tooltip).toContainText('medicijn');
    await expect(tooltip).toContainText('geen medisch advies');
    await expect(tooltip.getByTestId('source-link')).toHaveAttribute('href', 'https://www.longkankernederland.nl/vragen-en-antwoorden-over-immuuntherapie');
    await expect(tooltip.getByTestId('source-link')).toContainText('bijgewerkt 9 augustus 2023');
    await expect(tooltip).toHaveAttribute('role', 'dialog');
    const tooltipBox = (await tooltip.boundingBox())!;
    expect(overlaps(tooltipBox, box)).toBe(false);
    expect(problems.errors).toEqual([]);
    // The page's DOM gained exactly one element: the extension's host, at the end of <html>.
    expect(await mutationLog(page)).toEqual(['childList on html +div -']);
  });

  test('can be hovered without vanishing, stays, and closes on Escape (WCAG 1.4.13)', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    await hover(page, 'PD-L1');
    const tooltip = (await overlay(page)).getByTestId('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(entryOf('pd-l1').short);
    // Travel onto the tooltip: it stays.
    const tooltipBox = (await tooltip.boundingBox())!;
    await page.mouse.move(tooltipBox.x + 20, tooltipBox.y + 10, { steps: 8 });
    await page.waitForTimeout(800);
    await expect(tooltip).toBeVisible();
    // Persistent: it does not time out while the pointer rests on it.
    await page.waitForTimeout(1500);
    await expect(tooltip).toBeVisible();
    // Dismissable without moving the pointer.
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
  });

  test('closes when the pointer leaves the term and the tooltip', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    await hover(page, 'nivolumab');
    await expect((await overlay(page)).getByTestId('tooltip')).toBeVisible();
    await page.mouse.move(5, 5, { steps: 4 });
    await expect((await overlay(page)).getByTestId('tooltip')).toHaveCount(0);
  });

  test('shows the right term when moving from one term to another', async ({ page, origin }) => {
    await page.goto(`${origin}/news-article.html`);
    await settledMarks(page);
    await hover(page, 'Keytruda');
    await expect((await overlay(page)).getByTestId('tooltip')).toContainText(entryOf('pembrolizumab').short);
    await page.keyboard.press('Escape');
    await hover(page, 'nivolumab');
    await expect((await overlay(page)).getByTestId('tooltip')).toContainText(entryOf('nivolumab').short);
  });

  test('"Lees meer" opens the full entry on the uitleg page', async ({ context, page, origin, extensionId }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    await hover(page, 'nivolumab');
    const pagePromise = context.waitForEvent('page');
    await (await overlay(page)).getByTestId('read-more').click();
    const uitleg = await pagePromise;
    await uitleg.waitForLoadState();
    expect(uitleg.url()).toBe(`chrome-extension://${extensionId}/uitleg.html#nivolumab`);
    await expect(uitleg.locator('#nivolumab .entry-title')).toBeFocused();
  });

  test('a tap on a term shows its tooltip', async ({ origin, context }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const box = await markBox(page, 'nivolumab');
    const cdp = await context.newCDPSession(page);
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect((await overlay(page)).getByTestId('tooltip')).toContainText(entryOf('nivolumab').short);
  });

  test('keeps its own look on a page that restyles everything', async ({ page, origin }) => {
    await page.goto(`${origin}/hostile-css.html`);
    expect(await settledMarks(page)).toEqual(['nivolumab', 'Keytruda']);
    await hover(page, 'nivolumab');
    const tooltip = (await overlay(page)).getByTestId('tooltip');
    await expect(tooltip).toBeVisible();
    const look = await tooltip.evaluate((element) => {
      const style = getComputedStyle(element);
      return { position: style.position, background: style.backgroundColor, border: style.borderTopStyle };
    });
    expect(look.position).toBe('fixed');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.border).toBe('solid');
  });

  test('is styled under a strict Content-Security-Policy', async ({ page, origin }) => {
    await page.goto(`${origin}/strict-csp.html`);
    await settledMarks(page);
    await hover(page, 'Pembrolizumab');
    const tooltip = (await overlay(page)).getByTestId('tooltip');
    await expect(tooltip).toBeVisible();
    expect(await tooltip.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
  });
});
