import { expect, test } from './fixtures';
import { countStyled, markTexts, readMarks, settledMarks } from './highlights';
import { openPopupPage, setStorage, storageArea, tabIdOf } from './extension-pages';
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
    await expect.poll(async () => (await readMarks(page)).map((mark) => mark.style)).toEqual(all.map(() => 'background'));
  });
});

test.describe('the settings panel shows only what is stored', () => {
  test('a toggle survives closing and reopening the popup', async ({ context, extensionId }) => {
    const popup = await openPopupPage(context, extensionId);
    await popup.getByTestId('settings-toggle').click();
    await popup.getByTestId('setting-enabled').uncheck();
    await popup.getByTestId('setting-style-background').check();
    await expect.poll(() => storageArea(context, 'sync')).toMatchObject({ enabled: false, markStyle: 'background' });
    await popup.close();

    const reopened = await openPopupPage(context, extensionId);
    await reopened.getByTestId('settings-toggle').click();
    await expect(reopened.getByTestId('setting-enabled')).not.toBeChecked();
    await expect(reopened.getByTestId('setting-style-background')).toBeChecked();
  });

  test('two clicks in one task are both stored', async ({ context, extensionId, page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    const popup = await openPopupPage(context, extensionId, `?tab=${await tabIdOf(context, page)}`);
    await popup.getByTestId('settings-toggle').click();
    await expect(popup.getByTestId('setting-site')).toBeVisible();
    await popup.evaluate(() => {
      for (const id of ['setting-site', 'setting-first-only']) document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!.click();
    });
    await expect.poll(() => storageArea(context, 'sync')).toMatchObject({ firstOnly: true });
    await expect.poll(() => storageArea(context, 'local')).toEqual({ disabledSites: ['127.0.0.1'] });
    await popup.close();
    const reopened = await openPopupPage(context, extensionId, `?tab=${await tabIdOf(context, page)}`);
    await reopened.getByTestId('settings-toggle').click();
    await expect(reopened.getByTestId('setting-site')).toBeChecked();
    await expect(reopened.getByTestId('setting-first-only')).toBeChecked();
  });

  test('a write the browser refuses shows a message and the choice springs back', async ({ context, extensionId }) => {
    // Fill storage.sync to Chrome's total quota (102,400 bytes) so the next write is refused for real.
    const fillers = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`filler${index}`, 'x'.repeat(8_100)]));
    await setStorage(context, 'sync', fillers);
    const used = Object.entries(fillers).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
    await setStorage(context, 'sync', { last: 'x'.repeat(102_400 - used - 'last'.length - 2 - 4) });

    const popup = await openPopupPage(context, extensionId);
    await popup.getByTestId('settings-toggle').click();
    await popup.getByTestId('setting-style-background').click();
    await expect(popup.getByTestId('settings-error')).toHaveText(/niet bewaard/);
    await expect(popup.getByTestId('setting-style-underline')).toBeChecked();
    expect((await storageArea(context, 'sync')).markStyle).toBeUndefined();
  });

  test('settings of version 1 (one sync item) are shown and applied', async ({ context, extensionId, page, origin }) => {
    await setStorage(context, 'sync', { settings: { enabled: true, disabledSites: [], firstOnly: true, markStyle: 'background' } });
    await page.goto(`${origin}/editors.html`);
    await expect.poll(() => countStyled(page, 'background')).toBeGreaterThan(0);
    const popup = await openPopupPage(context, extensionId);
    await popup.getByTestId('settings-toggle').click();
    await expect(popup.getByTestId('setting-first-only')).toBeChecked();
    await expect(popup.getByTestId('setting-style-background')).toBeChecked();
  });
});
