import type { Page } from '@playwright/test';
import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { entryOf, markBox, setSettings } from './page-helpers';

async function hover(page: Page, text: string) {
  const box = await markBox(page, text);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
}

test.describe('the content script on a page', () => {
  test('a settings change that alters nothing for this tab leaves its marks untouched', async ({ context, page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    // The page adds a range of its own to the extension's Highlight: a repaint (clear and add
    // again) would drop it. A page-side loop notes, between tasks, until when it was there.
    await page.evaluate(() => {
      const [name, highlight] = [...CSS.highlights].find(([, h]) => h.size > 0)!;
      const text = document.querySelector('h1')!.firstChild!;
      const sentinel = new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 4 });
      highlight.add(sentinel);
      const log = { tick: 0, lastWithSentinel: 0, goneAt: 0 };
      (window as unknown as { __log: typeof log }).__log = log;
      const loop = () => {
        log.tick++;
        if (highlight.has(sentinel)) log.lastWithSentinel = log.tick;
        if (CSS.highlights.get(name) !== highlight) {
          log.goneAt = log.tick;
          return;
        }
        setTimeout(loop, 0);
      };
      loop();
    });
    // Another site switched off: nothing changes here. Then this site: the marks go.
    await setSettings(context, { disabledSites: ['example.org'] });
    await setSettings(context, { disabledSites: ['example.org', '127.0.0.1'] });
    const log = await page.waitForFunction(() => {
      const log = (window as unknown as { __log: { goneAt: number; lastWithSentinel: number } }).__log;
      return log.goneAt > 0 && log;
    });
    const { goneAt, lastWithSentinel } = (await log.jsonValue()) as { goneAt: number; lastWithSentinel: number };
    // The range stayed until the task that switched this site off.
    expect(lastWithSentinel).toBe(goneAt - 1);
  });

  test('the tooltip comes back after the page removes the UI host, also after replaceChildren', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const ui = await overlay(page);
    const tooltip = ui.getByTestId('tooltip');
    await hover(page, 'nivolumab');
    await expect(tooltip).toBeVisible();
    // A page that removes elements it did not create.
    const removed = await page.evaluate(() => {
      const foreign = [...document.documentElement.children].filter((element) => element !== document.head && element !== document.body);
      foreign.forEach((element) => element.remove());
      return foreign.length;
    });
    expect(removed).toBe(1);
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(entryOf('nivolumab').short);

    await page.mouse.move(2, 2);
    await expect(tooltip).toHaveCount(0);
    await page.evaluate(() => {
      const body = document.createElement('body');
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Nieuwe inhoud: de arts noemde pembrolizumab als mogelijkheid.';
      body.append(paragraph);
      document.documentElement.replaceChildren(document.createElement('head'), body);
    });
    await expect.poll(() => settledMarks(page)).toEqual(['pembrolizumab']);
    await hover(page, 'pembrolizumab');
    await expect(tooltip).toContainText(entryOf('pembrolizumab').short);
  });

  test('the tooltip closes when the page removes its word', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const ui = await overlay(page);
    const tooltip = ui.getByTestId('tooltip');
    await hover(page, 'nivolumab');
    await expect(tooltip).toBeVisible();
    await page.evaluate(() => document.getElementById('plain')!.remove());
    await expect(tooltip).toHaveCount(0);
  });
});
