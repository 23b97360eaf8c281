import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { overlay } from './closed-ui';
import { CHROMIUM_ARGS, chromiumPath, expect, test } from './fixtures';
import { EXTENSION_PATH } from '../../testing/launch';
import { settledMarks } from './highlights';
import { entryOf, markBox } from './page-helpers';

/** A real touch tap (trusted), at a point in CSS pixels of the layout viewport. */
async function tap(page: Page, point: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function termCentre(page: Page, text: string) {
  const box = await markBox(page, text);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function launchTouch(options: { viewport: { width: number; height: number }; isMobile: boolean }): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    hasTouch: true,
    ...options,
    args: [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`, ...CHROMIUM_ARGS],
  });
}

test.describe('on touch screens', () => {
  test('a tapped tooltip stays until a tap elsewhere or Escape', async ({ origin }) => {
    const tablet = await launchTouch({ viewport: { width: 1024, height: 768 }, isMobile: false });
    const page = await tablet.newPage();
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const ui = await overlay(page);
    const tooltip = ui.getByTestId('tooltip');
    await tap(page, await termCentre(page, 'nivolumab'));
    await expect(tooltip).toContainText(entryOf('nivolumab').short);
    // The fact under test is that it is still there a second later (it used to close within 0.3 s).
    await page.waitForTimeout(1000);
    await expect(tooltip).toBeVisible();
    await tap(page, { x: 5, y: 5 });
    await expect(tooltip).toHaveCount(0);
    await tap(page, await termCentre(page, 'PD-L1'));
    await expect(tooltip).toContainText(entryOf('pd-l1').short);
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    await tablet.close();
  });

  test.describe('on a 360 px phone', () => {
    let phone: BrowserContext;
    test.beforeEach(async () => {
      phone = await launchTouch({ viewport: { width: 360, height: 740 }, isMobile: true });
    });
    test.afterEach(async () => phone.close());

    test('the tooltip fits the screen on a page made for desktops (no viewport meta)', async ({ origin }) => {
      const page = await phone.newPage();
      await page.goto(`${origin}/no-viewport.html`);
      await settledMarks(page);
      const ui = await overlay(page);
      const tooltip = ui.getByTestId('tooltip');
      // The last word of a long line: the tooltip must be moved left to stay on screen.
      await tap(page, await termCentre(page, 'pembrolizumab'));
      await expect(tooltip).toContainText(entryOf('pembrolizumab').short);
      const fit = await tooltip.evaluate((element) => {
        const view = window.visualViewport!;
        const box = element.getBoundingClientRect();
        return {
          left: box.left - view.offsetLeft,
          right: view.offsetLeft + view.width - box.right,
          screenWidth: box.width * view.scale,
          visualWidth: view.width * view.scale,
          // One line of the term's name, in screen pixels: legible, not shrunk with the page.
          nameLineOnScreen: element.querySelector('.term-name')!.getBoundingClientRect().height * view.scale,
        };
      });
      expect(fit.left).toBeGreaterThanOrEqual(0);
      expect(fit.right).toBeGreaterThanOrEqual(0);
      expect(fit.visualWidth).toBeCloseTo(360, 1);
      expect(fit.screenWidth).toBeLessThanOrEqual(360);
      expect(fit.nameLineOnScreen).toBeGreaterThanOrEqual(18);
      await page.screenshot({ path: 'docs/screenshots/tooltip-phone-360.png' });
    });
  });
});
