import type { BrowserContext, Page, Worker } from '@playwright/test';

export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const [worker] = context.serviceWorkers();
  return worker ?? context.waitForEvent('serviceworker');
}

/** The popup as a tab; `?tab=ID` points it at a page tab (the toolbar button cannot be clicked). */
export async function openPopupPage(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  return popup;
}

export async function openUitlegPage(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/uitleg.html${hash}`);
  return page;
}

/** Everything in one storage area, read in the background (independently of the popup). */
export async function storageArea(context: BrowserContext, area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  const worker = await backgroundWorker(context);
  return worker.evaluate(async (name) => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { chrome } = globalThis as unknown as { chrome: { storage: Record<string, Area> } };
    return chrome.storage[name]!.get(null);
  }, area);
}

export async function setStorage(context: BrowserContext, area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  const worker = await backgroundWorker(context);
  await worker.evaluate(
    async ([name, values]) => {
      type Area = { set(items: object): Promise<void> };
      const { chrome } = globalThis as unknown as { chrome: { storage: Record<string, Area> } };
      await chrome.storage[name]!.set(values);
    },
    [area, items] as const,
  );
}

/** The id of the tab showing `page` (no "tabs" permission, so asked in the background while it is active). */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await backgroundWorker(context);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs[0]!.id;
  });
}
