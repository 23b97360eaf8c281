import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { launchWithExtension } from '../../testing/launch';
import { entryOf, markBox } from './page-helpers';

// Browsers before Chrome 140 / Firefox 150 have no CSS.highlights.highlightsFromPoint; the tooltip
// then finds the term under the pointer through caretPositionFromPoint and the mark's boxes.
test('without highlightsFromPoint, hovering a term still opens its tooltip', async ({ origin }) => {
  const context = await launchWithExtension(['--disable-blink-features=HighlightsFromPoint']);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/editors.html`);
    expect(await page.evaluate(() => typeof (CSS.highlights as unknown as { highlightsFromPoint?: unknown }).highlightsFromPoint)).toBe('undefined');
    await settledMarks(page);
    const ui = await overlay(page);
    const box = await markBox(page, 'PD-L1');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await expect(ui.getByTestId('tooltip')).toContainText(entryOf('pd-l1').short);
    // Just beside the term (the caret snaps to the nearest text there), no tooltip opens.
    await page.keyboard.press('Escape');
    await page.mouse.move(box.x + box.width + 200, box.y + box.height / 2, { steps: 3 });
    await page.waitForTimeout(700);
    await expect(ui.getByTestId('tooltip')).toHaveCount(0);
  } finally {
    await context.close();
  }
});
