import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { overlay } from './closed-ui';
import { openPopupPage, storageArea } from './extension-pages';
import { CHROMIUM_ARGS, chromiumPath, expect, test } from './fixtures';
import { EXTENSION_PATH } from '../../testing/launch';
import { drained, highlightNames } from './highlights';
import { entryOf, expectedMarks, setSettings } from './page-helpers';
import { markedOnPage } from './page-terms';
import { installSpy, readSpy, type SpyReport } from './spy';

const PAGE = 'news-article.html';

/**
 * The centre of the first occurrence of `word` in the page's text, found in the page's own DOM:
 * with "mark on hover" there is no painted mark to take the position from.
 */
async function wordCentre(page: Page, word: string, inShadowOf?: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([wanted, host]) => {
    const root = host ? document.querySelector(host)!.shadowRoot! : document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, [word, inShadowOf] as const);
  if (!point) throw new Error(`"${word}" is not in the page`);
  return point;
}

/** Everything of the extension's paint a page script can read. */
function paintSeen(report: SpyReport) {
  return { highlightNames: report.highlightNames, highlightTexts: report.highlightTexts, adoptedRules: report.adoptedRules };
}

const NOTHING = { highlightNames: [], highlightTexts: [], adoptedRules: [] };

async function openWithMarkOnHover(context: BrowserContext, page: Page, origin: string, extensionId: string): Promise<void> {
  await installSpy(context, extensionId);
  await setSettings(context, { markOnHover: true });
  await page.goto(`${origin}/${PAGE}`);
  await drained(page);
}

test.describe('"Markeer pas als ik een woord aanwijs"', () => {
  test('the page gets no highlight and no sheet, though the terms are found', async ({ context, page, origin, extensionId }) => {
    await openWithMarkOnHover(context, page, origin, extensionId);
    expect(paintSeen(await readSpy(page))).toEqual(NOTHING);
    // The finder did run in the tab: the extension counts every term (for the popup's list).
    expect(await markedOnPage(context)).toBe(expectedMarks(PAGE).length);
  });

  test('a hover by the user shows the tooltip and paints only that word, until the tooltip closes', async ({ context, page, origin, extensionId }) => {
    await openWithMarkOnHover(context, page, origin, extensionId);
    const ui = await overlay(page);
    const point = await wordCentre(page, 'nivolumab');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect(ui.getByTestId('tooltip')).toContainText(entryOf('nivolumab').short);

    const shown = await readSpy(page);
    expect(shown.highlightNames).toHaveLength(1);
    expect(shown.highlightTexts).toEqual(['nivolumab']);
    expect((await highlightNames(page)).active).toEqual(shown.highlightNames);
    // Its sheet styles that one highlight and nothing else.
    const styled = new Set(shown.adoptedRules.join('\n').match(/(?<=::highlight\()[^)]*/g));
    expect([...styled]).toEqual(shown.highlightNames);

    await page.mouse.move(2, 2);
    await expect(ui.getByTestId('tooltip')).toHaveCount(0);
    expect(paintSeen(await readSpy(page))).toEqual(NOTHING);
  });

  test("the page's own synthetic pointer and key events paint nothing and open nothing", async ({ context, page, origin, extensionId }) => {
    await openWithMarkOnHover(context, page, origin, extensionId);
    const point = await wordCentre(page, 'nivolumab');
    const changed = await page.evaluate(async ({ x, y }) => {
      const seen = () => `${document.documentElement.children.length} ${CSS.highlights.size} ${document.adoptedStyleSheets.length}`;
      const before = seen();
      const target = document.elementFromPoint(x, y)!;
      const init = { altKey: true, shiftKey: true, key: 'U', code: 'KeyU', bubbles: true, cancelable: true };
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', init));
      const touch = { clientX: x, clientY: y, bubbles: true, pointerType: 'touch', isPrimary: true };
      target.dispatchEvent(new PointerEvent('pointerdown', touch));
      target.dispatchEvent(new PointerEvent('pointerup', touch));
      target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerType: 'mouse' }));
      // A hover opens after its dwell (300 ms): its absence shows only once that has passed.
      await new Promise((done) => setTimeout(done, 900));
      return seen() !== before;
    }, point);
    expect(changed).toBe(false);
    expect(paintSeen(await readSpy(page))).toEqual(NOTHING);
  });

  test('the navigator still walks every term, painting only the current one', async ({ context, page, origin, extensionId }) => {
    await openWithMarkOnHover(context, page, origin, extensionId);
    const ui = await overlay(page);
    await page.keyboard.press('Alt+Shift+U');
    const marks = expectedMarks(PAGE);
    await expect(ui.getByTestId('navigator-position')).toHaveText(`Woord 1 van ${marks.length}`);
    expect((await readSpy(page)).highlightTexts).toEqual([marks[0]]);
    await page.keyboard.press('ArrowRight');
    await expect(ui.getByTestId('navigator-position')).toHaveText(`Woord 2 van ${marks.length}`);
    expect((await readSpy(page)).highlightTexts).toEqual([marks[1]]);
    await page.keyboard.press('Escape');
    await expect(ui.getByTestId('navigator')).toHaveCount(0);
    expect(paintSeen(await readSpy(page))).toEqual(NOTHING);
  });

  test('switching it on and off applies to an open tab at once, without a reload', async ({ context, page, origin, extensionId }) => {
    await installSpy(context, extensionId);
    await page.goto(`${origin}/${PAGE}`);
    await drained(page);
    const painted = await readSpy(page);
    expect(painted.highlightTexts).toHaveLength(expectedMarks(PAGE).length);
    await setSettings(context, { markOnHover: true });
    await expect.poll(async () => paintSeen(await readSpy(page))).toEqual(NOTHING);
    await setSettings(context, { markOnHover: false });
    await expect.poll(async () => (await readSpy(page)).highlightTexts.length).toBe(expectedMarks(PAGE).length);
    expect((await readSpy(page)).adoptedRules.length).toBeGreaterThan(0);
  });

  test('the popup has a labelled checkbox that says why, stored in its own item', async ({ context, extensionId }) => {
    const popup = await openPopupPage(context, extensionId);
    await popup.getByTestId('settings-toggle').click();
    const box = popup.getByRole('checkbox', { name: 'Markeer pas als ik een woord aanwijs' });
    await expect(box).not.toBeChecked();
    await expect(box).toHaveAccessibleDescription(/website kan zien welke woorden gemarkeerd zijn/);
    await box.check();
    await expect.poll(() => storageArea(context, 'sync')).toMatchObject({ markOnHover: true });
    await popup.close();
    const reopened = await openPopupPage(context, extensionId);
    await reopened.getByTestId('settings-toggle').click();
    await expect(reopened.getByRole('checkbox', { name: 'Markeer pas als ik een woord aanwijs' })).toBeChecked();
  });

  test('a tap on a word by the user explains it and paints only that word, until a tap elsewhere', async ({ origin }) => {
    const tablet = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      hasTouch: true,
      viewport: { width: 1024, height: 768 },
      args: [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`, ...CHROMIUM_ARGS],
    });
    try {
      await setSettings(tablet, { markOnHover: true });
      const page = await tablet.newPage();
      await page.goto(`${origin}/${PAGE}`);
      await drained(page);
      const painted = () => page.evaluate(() => [...CSS.highlights.values()].flatMap((highlight) => [...highlight].map((range) => `${range.startOffset}-${range.endOffset}`)));
      expect(await painted()).toEqual([]);
      const ui = await overlay(page);
      const tap = async (point: { x: number; y: number }) => {
        const cdp = await tablet.newCDPSession(page);
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await cdp.detach();
      };
      await tap(await wordCentre(page, 'nivolumab'));
      await expect(ui.getByTestId('tooltip')).toContainText(entryOf('nivolumab').short);
      expect(await painted()).toHaveLength(1);
      await tap({ x: 5, y: 5 });
      await expect(ui.getByTestId('tooltip')).toHaveCount(0);
      expect(await painted()).toEqual([]);
    } finally {
      await tablet.close();
    }
  });

  test('a word inside an open shadow root is found under the pointer too', async ({ context, page, origin }) => {
    await setSettings(context, { markOnHover: true });
    await page.goto(`${origin}/shadow-dom.html`);
    await drained(page);
    const ui = await overlay(page);
    const point = await wordCentre(page, 'Tecentriq', '#kaart');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect(ui.getByTestId('tooltip')).toContainText(entryOf('atezolizumab').short);
  });
});
