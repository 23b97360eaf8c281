import type { BrowserContext, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../core/data/content';
import { expect, test } from './fixtures';
import { countStyled, markTexts, settledMarks } from './highlights';

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
    await expect(first).toHaveAttribute('data-result-type', 'term');

    await search.fill('nivolumap');
    await expect(popup.locator('[data-result-id="nivolumab"]')).toBeVisible();

    await search.fill('zenuwpijn');
    await expect(first).toHaveAttribute('data-result-id', 'neuropathie');

    await search.fill('bijwerking huid');
    await expect(popup.locator('[data-testid="result"][data-result-type="faq"]').first()).toBeVisible();
    await expect(popup.locator('[data-result-id="huiduitslag"]')).toBeVisible();

    await search.fill('hoe lang duurt het');
    const firstQuestion = popup.locator('[data-testid="result"][data-result-type="faq"]').first();
    await expect(firstQuestion).toContainText(/lang/i);
    // The matched words are emphasised.
    await expect(firstQuestion.locator('mark').first()).toBeVisible();

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

  test('ranks the question first for a question, and Enter or ArrowDown+Enter opens it', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const search = popup.getByTestId('search');
    for (const [query, id] of [
      ['mag ik autorijden', 'lkn-autorijden'],
      ['wat moet ik doen bij bijwerkingen', 'lkn-wat-doen-bij-bijwerkingen'],
      ['hoe lang duurt de behandeling', 'lkn-toediening-en-duur'],
    ] as const) {
      await search.fill(query);
      await expect(popup.getByTestId('result').first()).toHaveAttribute('data-result-id', id);
      await search.press('Enter');
      await expect(popup.getByTestId('entry')).toHaveAttribute('data-entry-id', id);
      await popup.keyboard.press('Escape');
      await expect(search).toBeFocused();
    }
    await search.fill('mag ik autorijden');
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect(popup.getByTestId('entry')).toHaveAttribute('data-entry-id', 'lkn-autorijden');
  });

  test('the top result answers in place, at a readable size', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const search = popup.getByTestId('search');
    await search.fill('keytruda');
    const preview = popup.getByTestId('top-preview');
    await expect(preview).toHaveText(content.glossary.find((entry) => entry.id === 'pembrolizumab')!.short);
    await expect(popup.locator('[data-top="true"]')).toContainText('Lees meer');
    expect(await fontSize(preview)).toBeGreaterThanOrEqual(16);
    expect(await lineHeightRatio(preview)).toBeGreaterThanOrEqual(1.4);

    await search.fill('mag ik autorijden');
    const answer = content.faq.find((entry) => entry.id === 'lkn-autorijden')!.answer;
    const firstWords = answer.split(/\s+/).slice(0, 5).join(' ');
    await expect(preview).toContainText(firstWords);

    // Opened, the explanation reads at 16 px too (Chromium's 75 % body rule is overridden).
    await search.press('Enter');
    const text = popup.getByTestId('entry').locator('p').nth(0);
    expect(await fontSize(text)).toBeGreaterThanOrEqual(16);
    expect(await lineHeightRatio(text)).toBeGreaterThanOrEqual(1.4);
  });

  test('has targets of at least 24 px', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await expect(popup.getByTestId('common-question').first()).toBeVisible();
    await expectTargets(popup.locator('#popup-search, .link, .chip, [data-testid="all-entries"]'));
    await popup.getByTestId('search').fill('bijwerking');
    await expectTargets(popup.getByTestId('result'));
    await popup.getByTestId('result').first().click();
    await expectTargets(popup.locator('.back, [data-testid="open-uitleg"]'));
  });

  test('says what it covers when nothing fits, and offers the A–Z list', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const search = popup.getByTestId('search');
    for (const query of ['mag ik alcohol drinken', 'zwanger']) {
      await search.fill(query);
      const none = popup.getByTestId('no-results');
      await expect(none).toBeVisible();
      await expect(popup.getByTestId('result')).toHaveCount(0);
      await expect(none).toContainText('immuuntherapie en doelgerichte therapie bij longkanker en melanoom');
      await expect(none).toContainText('Longkanker Nederland (2023)');
      await expect(none).toContainText('Stichting Melanoom (2017)');
      await expect(none.getByTestId('all-terms-link')).toHaveAttribute('href', /\/uitleg\.html#woorden$/);
    }
    // Enter on no result opens nothing.
    await search.press('Enter');
    await expect(popup.getByTestId('entry')).toHaveCount(0);
    // A term the question names is offered as a link, not as the answer.
    await search.fill('zwanger worden tijdens immuuntherapie');
    await expect(popup.getByTestId('result')).toHaveCount(0);
    await popup.getByTestId('mentioned').locator('[data-result-id="immuuntherapie"]').click();
    await expect(popup.getByTestId('entry')).toHaveAttribute('data-entry-id', 'immuuntherapie');
  });

  test('never shows another medicine as the answer for one it does not know', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const search = popup.getByTestId('search');
    // Medicines no source page covers yet (encorafenib, osimertinib, binimetinib, entrectinib, tepotinib, pralsetinib and amivantamab now have entries).
    for (const query of ['repotrectinib', 'datopotamab', 'savolitinib', 'mobocertinib']) {
      await search.fill(query);
      await expect(popup.getByTestId('unknown-medicine')).toContainText('Dit middel staat (nog) niet in Immuunwijzer. Vraag je arts of apotheker.');
      await expect(popup.getByTestId('result')).toHaveCount(0);
      await expect(popup.getByTestId('no-results')).toHaveCount(0);
    }
    await search.fill('mobocertinib');
    await expect(popup.getByTestId('suggestion')).toContainText('Bedoel je');
    await expect(popup.getByTestId('suggestion').locator('[data-result-id="osimertinib"]')).toBeVisible();
    await search.press('Enter');
    await expect(popup.getByTestId('entry')).toHaveCount(0);
    // A medicine it now has is the answer, by name and by brand.
    await search.fill('osimertinib');
    await expect(popup.getByTestId('unknown-medicine')).toHaveCount(0);
    await expect(popup.getByTestId('result').first()).toHaveAttribute('data-result-id', 'osimertinib');
    await search.fill('Braftovi');
    await expect(popup.getByTestId('result').first()).toHaveAttribute('data-result-id', 'encorafenib');
    // A typo of a name it has is the answer.
    await search.fill('nivolumap');
    await expect(popup.getByTestId('unknown-medicine')).toHaveCount(0);
    await expect(popup.getByTestId('result').first()).toHaveAttribute('data-result-id', 'nivolumab');
    await expect(popup.getByTestId('result').first()).toHaveAttribute('data-match', 'fuzzy');
  });

  test('keeps the manifest title as the toolbar tooltip', async ({ context, extensionId }) => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as { action: { default_title: string } };
    expect(manifest.action.default_title).toBe('Immuunwijzer: zoek een woord of vraag');
    const popup = await openPopup(context, extensionId);
    // WXT turns the popup's <title> into action.default_title: the two must say the same.
    await expect(popup).toHaveTitle(manifest.action.default_title);
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

  test('on a page without terms, where only the small content script runs, it says so and offers "off for this site"', async ({ context, page, extensionId, origin }) => {
    await page.goto(`${origin}/no-terms.html`);
    expect(await settledMarks(page)).toEqual([]);
    const tabId = await tabIdOf(context, page);
    const popup = await openPopup(context, extensionId, `?tab=${tabId}`);
    await expect(popup.getByTestId('on-page')).toContainText('Geen uitgelegde woorden gevonden op deze pagina.');
    await popup.getByTestId('settings-toggle').click();
    await expect(popup.getByText(`Uit op ${new URL(origin).hostname}`)).toBeVisible();
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
    await expect.poll(() => countStyled(page, 'background')).toBe(3);

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

  test('reads at 16 px, and says what it covers when a search finds nothing', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/uitleg.html?q=${encodeURIComponent('mag ik alcohol drinken')}`);
    const explanation = page.locator('#pd-l1 .entry-short');
    expect(await fontSize(explanation)).toBeGreaterThanOrEqual(16);
    expect(await lineHeightRatio(explanation)).toBeGreaterThanOrEqual(1.4);
    expect(await fontSize(page.locator('#pd-l1 p').last())).toBeGreaterThanOrEqual(14);
    await expect(page.getByTestId('no-results')).toContainText('Longkanker Nederland (2023)');
    await page.getByTestId('all-terms-link').click();
    await expect(page).toHaveURL(/#woorden$/);
    await expectTargets(page.locator('.letters a, .toc a'));
  });

  test('has the privacy statement', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/uitleg.html#privacy`);
    await expect(page.locator('#privacy')).toContainText('De extensie maakt geen enkele verbinding met internet.');
  });
});

const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
const lineHeightRatio = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  });

/** Every visible target is at least 24 × 24 CSS px (WCAG 2.5.8). */
async function expectTargets(targets: Locator): Promise<void> {
  const boxes = await targets.evaluateAll((elements) =>
    elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { target: element.outerHTML.slice(0, 80), width: box.width, height: box.height };
      }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  expect(boxes.filter((box) => box.width < 24 || box.height < 24)).toEqual([]);
}
