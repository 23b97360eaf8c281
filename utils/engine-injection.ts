import type { Browser } from 'wxt/browser';

const ENGINE_FILE = '/engine.js';

/**
 * Runs the engine (entrypoints/engine.ts) in the frame whose content script asked for it. Chrome
 * (MV3) through `scripting`, aimed at the asking document itself where the browser says which
 * one it is, so a frame that navigated meanwhile does not get it; Firefox (MV2) through
 * `tabs.executeScript`. The engine does nothing in a frame without a running content script.
 */
export async function injectEngine(tabId: number, sender: Browser.runtime.MessageSender): Promise<void> {
  const frameId = sender.frameId ?? 0;
  if (import.meta.env.MANIFEST_VERSION === 3) {
    const documentId = (sender as { documentId?: string }).documentId;
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
    await browser.scripting.executeScript({ target, files: [ENGINE_FILE] });
    return;
  }
  await browser.tabs.executeScript(tabId, { file: ENGINE_FILE, frameId, matchAboutBlank: true, runAt: 'document_idle' });
}
