import type { BrowserContext } from '@playwright/test';

/**
 * The extension's own count of marks on the page in the active tab: the answer the popup gets to
 * 'get-page-terms', summed, asked from the service worker.
 */
export async function markedOnPage(context: BrowserContext): Promise<number> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: {
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, message: object, options: object): Promise<{ terms?: { count: number }[] } | undefined>;
        };
      };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return 0;
    const answer = await chrome.tabs.sendMessage(tab.id, { type: 'get-page-terms' }, { frameId: 0 });
    return (answer?.terms ?? []).reduce((sum, term) => sum + term.count, 0);
  });
}
