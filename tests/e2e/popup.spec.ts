import type { BrowserContext, Page } from '@playwright/test';
import { loadContent } from '../../core/data/content';
import { expect, test } from './fixtures';
import { markTexts, settledMarks } from './highlights';

const content = loadContent();

async function openPopup(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  return popup;
}

/** The id of the tab showing `page`: the active one, asked before the popup opens (no "tabs" permission, so no URLs). */
async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs[0]!.id;
  });
}

test.describe('the popup', () => {
  test('opens with the cursor in the search box and finds brand names, typos and everyday words', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const search = popup.getByTestId('search');
    await expect(search).toBeFocused();

    await search.fill('keytruda');
    const first = popup.getByTestId('result').first();
    await expect(first).toHaveAttribute('data-result-id', 'pembrolizumab');
    await expect(popup.getByTestId('group-Begrippen')).toBeVisible();

    await search.fill('nivolumap');
    await expect(popup.locator('[data-result-id="nivolumab"]')).toBeVisible();

    await search.fill('zenuwpijn');
    await expect(first).toHaveAttribute('data-result-id', 'neuropathie');

    await search.fill('bijwerking huid');
    await expect(popup.getByTestId('group-Vragen')).toBeVisible();
    await expect(popup.locator('[data-result-id="huiduitslag"]')).toBeVisible();

    await search.fill('hoe lang duurt het');
    await expect(popup.getByTestId('group-Vragen').getByTestId('result').first()).toContainText(/lang/i);
    // The matched words are emphasised.
    await expect(popup.getByTestId('group-Vragen').locator('mark').first()).toBeVisible();

    await search.fill('xqzwv');
    await expect(popup.getByTestId('no-results')).toBeVisible();
  });

  test('is fully usable with the keyboard: arrows, Enter, related links, Escape back', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await expect(popup.getByTestId('search')).toBeFocused();
    await popup.keyboard.type('opdivo');
    await popup.keyboard.press('ArrowDown');
    await expect(popup.getByTestId('result').first()).toHaveAttribute('aria-selected', 'true');
    await expect(popup.getByTestId('search')).toHaveAttribute('aria-activedescendant', /option-0/);
    await popup.keyboard.press('Enter');

    const entry = popup.getByTestId('entry');
    await expect(entry).toHaveAttribute('data-entry-id', 'nivolumab');
    await expect(entry.locator('.entry-title')).toBeFocused();
    await expect(entry).toContainText(content.glossary.find((item) => item.id === 'nivolumab')!.short);
    await expect(entry.getByTestId('entry-source').first()).toContainText('Longkanker Nederland');
    await expect(entry.getByTestId('entry-source').first()).toContainText('bijgewerkt 9 augustus 2023');
    await expect(entry).toContainText('geen medisch advies');

    // Follow a related term with the keyboard.
    await popup.keyboard.press('Tab');
    const related = entry.getByTestId('related-link').first();
    await related.focus();
    const relatedName = await related.innerText();
    await popup.keyboard.press('Enter');
    await expect(popup.getByTestId('entry').locator('.entry-title')).toHaveText(relatedName);

    await popup.keyboard.press('Escape');
    await expect(popup.getByTestId('entry')).toHaveAttribute('data-entry-id', 'nivolumab');
    await popup.keyboard.press('Escape');
    await expect(popup.getByTestId('search')).toBeFocused();
    await expect(popup.getByTestId('search')).toHaveValue('opdivo');
  });

  test('shows that a melanoma answer comes from 2017 and may be outdated', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await popup.getByTestId('search').fill('T-VEC');
    await popup.getByTestId('result').first().click();
    await expect(popup.getByTestId('age-note')).toContainText('2017');
    await expect(popup.getByTestId('entry-source').first()).toContainText('december 2017');
  });

  test('lists the terms the page shows under "Op deze pagina"', async ({ context, page, extensionId, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const tabId = await tabIdOf(context, page);
    const popup = await openPopup(context, extensionId, `?tab=${tabId}`);
    const terms = popup.getByTestId('page-term');
    await expect(terms).toHaveText(['nivolumab (1)', 'tumor (1)', 'PD-L1 (1)']);
    await terms.first().click();
    await expect(popup.getByTestId('entry')).toBeVisible();
  });

  test('settings round-trip to an open tab without reload', async ({ context, page, extensionId, origin }) => {
    await page.goto(`${origin}/editors.html`);
    expect(await settledMarks(page)).toHaveLength(3);
    const tabId = await tabIdOf(context, page);
    const popup = await openPopup(context, extensionId, `?tab=${tabId}`);
    await popup.getByTestId('settings-toggle').click();

    await popup.getByTestId('setting-enabled').uncheck();
    await expect.poll(() => markTexts(page)).toEqual([]);
    await popup.getByTestId('setting-enabled').check();
    await expect.poll(async () => (await markTexts(page)).length).toBe(3);

    await expect(popup.getByTestId('setting-site')).toBeVisible();
    await popup.getByTestId('setting-site').check();
    await expect.poll(() => markTexts(page)).toEqual([]);
    await popup.getByTestId('setting-site').uncheck();
    await expect.poll(async () => (await markTexts(page)).length).toBe(3);

    await popup.getByTestId('setting-style-background').check();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('immuunwijzer-background')?.size ?? 0)).toBe(3);

    const reopened = await openPopup(context, extensionId, `?tab=${tabId}`);
    await reopened.getByTestId('settings-toggle').click();
    await expect(reopened.getByTestId('setting-style-background')).toBeChecked();
  });

  test('every term and every question can be found from the popup', async ({ context, extensionId }) => {
    test.setTimeout(120_000);
    const popup = await openPopup(context, extensionId);
    const search = popup.getByTestId('search');
    const missing: string[] = [];
    for (const entry of content.glossary) {
      await search.fill(entry.term);
      if ((await popup.locator(`[data-result-type="term"][data-result-id="${entry.id}"]`).count()) === 0) missing.push(entry.id);
    }
    for (const entry of content.faq) {
      await search.fill(entry.question);
      if ((await popup.locator(`[data-result-type="faq"][data-result-id="${entry.id}"]`).count()) === 0) missing.push(entry.id);
    }
    expect(missing).toEqual([]);
  });
});

test.describe('the uitleg page', () => {
  test('lists all terms A–Z and all questions by topic, with deep links', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/uitleg.html#pd-l1`);
    await expect(page.locator('#pd-l1 .entry-title')).toBeFocused();
    await expect(page.locator('#woorden [data-testid="entry"]')).toHaveCount(content.glossary.length);
    await expect(page.locator('#vragen [data-testid="entry"]')).toHaveCount(content.faq.length);
    const titles = await page.locator('#woorden .entry-title').allInnerTexts();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));

    await page.locator('#pd-l1').getByTestId('related-link').first().click();
    await expect(page).toHaveURL(/#pd-1$/);
    await expect(page.locator('#pd-1 .entry-title')).toBeFocused();
  });

  test('searches, and opens with a query from the context menu', async ({ context, extensionId }) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    // The menu item exists once the extension has installed: updating an unknown id rejects.
    const menuItemExists = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { contextMenus: { update(id: string, props: object): Promise<void> } } };
        return chrome.contextMenus.update('immuunwijzer-lookup', {}).then(
          () => true,
          () => false,
        );
      });
    await expect.poll(menuItemExists).toBe(true);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/uitleg.html?q=${encodeURIComponent('Keytruda')}`);
    await expect(page.getByTestId('uitleg-search')).toBeFocused();
    await expect(page.getByTestId('uitleg-results').locator('a').first()).toHaveText('pembrolizumab');
  });

  test('has the privacy statement', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/uitleg.html#privacy`);
    await expect(page.locator('#privacy')).toContainText('De extensie maakt geen enkele verbinding met internet.');
  });
});
