import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openPopupPage, openUitlegPage } from './extension-pages';

/** WCAG 1.4.10 Reflow: content fits 320 CSS px without horizontal scrolling. */
async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    let widest = '';
    let right = root.clientWidth;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 0.5) {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}.${element.className} (${Math.round(box.right)} px)`;
      }
    }
    // Text can stick out of a box that fits (a long word that does not break). What an ancestor
    // hides (overflow hidden or clip, as for the 1 px visually-hidden text for screen readers) is not
    // painted, so only the part inside such ancestors counts; a box that scrolls sideways still fails.
    const clippedRight = (node: Node, boxRight: number) => {
      let visibleRight = boxRight;
      for (let element = node.parentElement; element; element = element.parentElement) {
        if (['hidden', 'clip'].includes(getComputedStyle(element).overflowX)) visibleRight = Math.min(visibleRight, element.getBoundingClientRect().right);
      }
      return visibleRight;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        const boxRight = clippedRight(node, box.right);
        if (boxRight > right + 0.5) {
          right = boxRight;
          widest = `text "${node.textContent!.trim().slice(0, 40)}" (${Math.round(boxRight)} px)`;
        }
      }
    }
    return { scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth), clientWidth: root.clientWidth, widest };
  });
}

async function expectReflows(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth, widest } = await horizontalOverflow(page);
  expect(scrollWidth, `${what}: wider than the screen by ${widest}`).toBeLessThanOrEqual(clientWidth);
  expect(widest, what).toBe('');
}

// 320 CSS px is WCAG's reflow width (1280 px at 400 %); 640 CSS px at device scale 2 is a 1280 px
// window at 200 % zoom: both are what the page's layout sees.
const SCREENS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

for (const screen of SCREENS) {
  test.describe(`reflow at ${screen.name}`, () => {
    test('the popup: empty, results, settings, entry', async ({ context, extensionId }) => {
      const popup = await openPopupPage(context, extensionId);
      await popup.setViewportSize(screen.viewport);
      await expect(popup.getByTestId('common-question').first()).toBeVisible();
      await expectReflows(popup, 'empty');
      await popup.getByTestId('settings-toggle').click();
      await expect(popup.getByTestId('setting-enabled')).toBeVisible();
      await expectReflows(popup, 'settings');
      await popup.getByTestId('search').fill('bijwerking huid');
      await expect(popup.getByTestId('result').first()).toBeVisible();
      await expectReflows(popup, 'results');
      await popup.getByTestId('result').first().click();
      await expect(popup.getByTestId('entry')).toBeVisible();
      await expectReflows(popup, 'entry');
    });

    test('the uitleg page', async ({ context, extensionId }) => {
      const uitleg = await openUitlegPage(context, extensionId, '#nivolumab');
      await uitleg.setViewportSize(screen.viewport);
      await expect(uitleg.getByTestId('uitleg-search')).toBeVisible();
      await expectReflows(uitleg, 'A–Z');
    });
  });
}

test('a phone-sized popup fills the screen instead of a fixed 25rem box', async ({ context, extensionId }) => {
  const popup = await openPopupPage(context, extensionId);
  await popup.setViewportSize({ width: 360, height: 740 });
  await expect(popup.getByTestId('search')).toBeVisible();
  const { body, search } = await popup.evaluate(() => ({
    body: document.body.getBoundingClientRect().width,
    search: document.querySelector('[data-testid="search"]')!.getBoundingClientRect().right,
  }));
  expect(body).toBe(360);
  expect(search).toBeLessThanOrEqual(360);
});
