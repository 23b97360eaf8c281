import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { markedOnPage } from './page-terms';

test.describe('"Op deze pagina" with frames', () => {
  test('counts the terms of a same-origin frame along with the page', async ({ context, page, origin, extensionId }) => {
    await page.goto(`${origin}/iframe.html`);
    // Expected from the fixture's description (pages/README.md): durvalumab in the page, and
    // ipilimumab, eiwit, CTLA-4, afweercellen in the frame.
    expect(await settledMarks(page)).toEqual(['durvalumab']);
    const frame = page.frameLocator('#kader');
    await expect(frame.locator('#child-text')).toBeVisible();
    const child = page.frames().find((candidate) => candidate.url().endsWith('iframe-child.html'))!;
    expect(await settledMarks(child)).toHaveLength(4);
    await expect.poll(() => markedOnPage(context)).toBe(5);

    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    const tabId = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id;
    });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.getByTestId('page-term')).toHaveCount(5);
  });

  test('marks terms in frames without an address of their own (about:blank, srcdoc), where the engine is injected too', async ({ page, origin }) => {
    await page.goto(`${origin}/no-terms.html`);
    await page.evaluate(() => {
      const blank = Object.assign(document.createElement('iframe'), { id: 'blank' });
      document.body.append(blank);
      blank.contentDocument!.body.innerHTML = '<p>In dit kader: nivolumab.</p>';
      const srcdoc = Object.assign(document.createElement('iframe'), { id: 'srcdoc', srcdoc: '<p>En hier: pembrolizumab.</p>' });
      document.body.append(srcdoc);
    });
    await expect.poll(() => page.frames().length).toBe(3);
    const [blank, srcdoc] = await Promise.all(['#blank', '#srcdoc'].map(async (selector) => (await page.$(selector))!.contentFrame()));
    expect(await settledMarks(blank!)).toEqual(['nivolumab']);
    expect(await settledMarks(srcdoc!)).toEqual(['pembrolizumab']);
  });
});
