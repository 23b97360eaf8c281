import { expect, test } from './fixtures';
import { markTexts, readMarks, settledMarks } from './highlights';
import { setSettings } from './page-helpers';

test.describe('settings apply to open tabs at once', () => {
  test('switching off and on, per site, first occurrence only and mark style', async ({ context, page, origin }) => {
    await page.goto(`${origin}/news-article.html`);
    const all = await settledMarks(page);
    expect(all.length).toBeGreaterThan(10);

    await setSettings(context, { enabled: false });
    await expect.poll(() => markTexts(page)).toEqual([]);

    await setSettings(context, { enabled: true });
    await expect.poll(async () => (await markTexts(page)).length).toBe(all.length);

    await setSettings(context, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => markTexts(page)).toEqual([]);
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await markTexts(page)).toEqual([]);

    await setSettings(context, { firstOnly: true });
    const firsts = await settledMarks(page);
    const distinct = [...new Set(all.map((text) => text.toLowerCase()))];
    expect(firsts.length).toBeLessThan(all.length);
    expect(firsts.length).toBeLessThanOrEqual(distinct.length);
    expect(firsts[0]).toBe(all[0]);

    await setSettings(context, { markStyle: 'background' });
    await expect.poll(async () => (await readMarks(page)).map((mark) => mark.name)).toEqual(all.map(() => 'immuunwijzer-background'));
  });
});
