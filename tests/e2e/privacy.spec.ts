import type { BrowserContext, Page } from '@playwright/test';
import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { highlightNames, settledMarks } from './highlights';
import { entryOf, markBox, watchProblems } from './page-helpers';
import { markedOnPage } from './page-terms';
import { IDENTIFYING } from '../shared/spy-recorder';
import { installSpy, readSpy } from './spy';

async function hover(page: Page, text: string) {
  const box = await markBox(page, text);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return point;
}

/** Waits until the content script of the active tab answers: it has started and read its settings. */
async function contentScriptRunning(context: BrowserContext): Promise<void> {
  await expect.poll(async () => markedOnPage(context).then(() => true, () => false)).toBe(true);
}

test.describe('what a page can learn', () => {
  test('a page with terms sees one bare element and nothing else: no message, event, attribute, open shadow root or text', async ({ context, page, origin, extensionId }) => {
    await installSpy(context, extensionId);
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const ui = await overlay(page);
    await hover(page, 'nivolumab');
    await expect(ui.getByTestId('tooltip')).toContainText(entryOf('nivolumab').short);
    await page.keyboard.press('Alt+Shift+U');
    await expect(ui.getByTestId('navigator')).toBeVisible();

    const report = await readSpy(page);
    expect(report.messages).toEqual([]);
    expect(report.wxtEvents).toEqual([]);
    expect(report.foreignElements).toEqual(['<div>']);
    expect(report.foreignAttributes).toEqual([]);
    expect(report.openShadowText).toEqual([]);
    const visible = JSON.stringify([report.messages, report.foreignElements, report.openShadowText]);
    expect(visible).not.toMatch(IDENTIFYING);
    expect(visible).not.toContain(entryOf('nivolumab').short);
    // The closed root hides the explanation from the page's own script.
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.shadowRoot ?? null)).toBeNull();
  });

  // The next two depend on the engine's per-document random names and lazy registration.
  test('highlight names and mark styles say nothing', async ({ context, page, origin, extensionId }) => {
    await installSpy(context, extensionId);
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const withTerms = await readSpy(page);
    expect(withTerms.highlightNames.length).toBeGreaterThan(0);
    expect(JSON.stringify([withTerms.highlightNames, withTerms.adoptedRules])).not.toMatch(IDENTIFYING);
  });

  test('every document gets its own random highlight names, used by the sheet and by the explained word', async ({ context, page, origin, extensionId }) => {
    await installSpy(context, extensionId);
    const load = async () => {
      await page.goto(`${origin}/editors.html`);
      await settledMarks(page);
      await hover(page, 'nivolumab');
      await expect((await overlay(page)).getByTestId('tooltip')).toBeVisible();
      return { names: await highlightNames(page), spy: await readSpy(page) };
    };
    const first = await load();
    const second = await load();
    for (const { names, spy } of [first, second]) {
      // One highlight for the marks, one for the explained word (test pages register none of their own).
      expect(names.marks).toHaveLength(1);
      expect(names.active).toHaveLength(1);
      for (const name of [...names.marks, ...names.active]) {
        expect(name).toMatch(/^[a-z][a-z0-9]{5,}$/);
        expect(name).not.toMatch(IDENTIFYING);
      }
      // The sheet styles exactly this document's names, the forced-colours rules included: the two
      // mark styles, the underline's stand-in on very large pages, and the explained word.
      const styled = new Set(spy.adoptedRules.join('\n').match(/(?<=::highlight\()[^)]*/g));
      expect(styled.size).toBe(4);
      expect([...styled]).toEqual(expect.arrayContaining([...names.marks, ...names.active]));
      expect(spy.adoptedRules.some((rule) => rule.startsWith('@media (forced-colors: active)'))).toBe(true);
    }
    const all = [first, second].flatMap(({ names }) => [...names.marks, ...names.active]);
    expect(new Set(all).size).toBe(all.length);
  });

  test('a term-free page gets no highlight, no sheet and no element', async ({ context, page, origin, extensionId }) => {
    await installSpy(context, extensionId);
    await page.goto(`${origin}/no-terms.html`);
    await contentScriptRunning(context);
    // The scan of this short page fits in one idle slice; wait for the page's own next idle time after it.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestAnimationFrame(done))));
    const without = await readSpy(page);
    expect(without.highlightNames).toEqual([]);
    expect(without.adoptedRules).toEqual([]);
    expect(without.foreignElements).toEqual([]);
  });

  test("a page that sends WXT's old start-up message and event neither breaks nor switches the extension off", async ({ context, page, origin, extensionId }) => {
    const problems = watchProblems(page);
    await context.addInitScript((id: string) => {
      // A naive handler that expects string messages, as many pages have.
      window.addEventListener('message', (event) => (event.data as string).split(','));
      (window as unknown as { __forge: () => void }).__forge = () => {
        const type = `${id}:content:wxt:content-script-started`;
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        window.postMessage({ type, ...detail }, '*');
        document.dispatchEvent(new CustomEvent(type, { detail }));
      };
    }, extensionId);
    await page.goto(`${origin}/editors.html`);
    const before = await settledMarks(page);
    expect(before.length).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as { __forge: () => void }).__forge());
    // Still running: the content script answers with all its marks, and hover still works.
    expect(await markedOnPage(context)).toBe(before.length);
    const ui = await overlay(page);
    await hover(page, 'nivolumab');
    await expect(ui.getByTestId('tooltip')).toBeVisible();
    expect(await markedOnPage(context)).toBe(before.length);
    // The page's own forged message reached its handler (a non-string would have thrown there).
    expect(problems.errors.filter((error) => !error.includes('split'))).toEqual([]);
    expect(problems.errors.filter((error) => error.includes('split'))).toHaveLength(1);
  });

  test('a page that pre-defines custom elements and sabotages attachShadow still gets its tooltip', async ({ page, origin }) => {
    const problems = watchProblems(page);
    await page.goto(`${origin}/predefined-elements.html`);
    expect(await settledMarks(page)).toEqual(['pembrolizumab', 'afweersysteem']);
    const ui = await overlay(page);
    await hover(page, 'pembrolizumab');
    await expect(ui.getByTestId('tooltip')).toContainText(entryOf('pembrolizumab').short);
    expect(problems.errors).toEqual([]);
    expect(problems.extensionLogs).toEqual([]);
  });

  test('the tooltip is Dutch and left-to-right on a right-to-left page', async ({ page, origin }) => {
    await page.goto(`${origin}/rtl.html`);
    expect(await settledMarks(page)).toEqual(['nivolumab']);
    const ui = await overlay(page);
    await hover(page, 'nivolumab');
    const tooltip = ui.getByTestId('tooltip');
    await expect(tooltip).toContainText(entryOf('nivolumab').short);
    const speech = await tooltip.evaluate((element) => ({
      direction: getComputedStyle(element).direction,
      lang: element.closest('[lang]')?.getAttribute('lang'),
    }));
    expect(speech).toEqual({ direction: 'ltr', lang: 'nl' });
    await page.screenshot({ path: 'docs/screenshots/tooltip-rtl.png' });
  });
});
