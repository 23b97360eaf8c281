import { glossary, sources } from 'virtual:content-glossary';
import type { TooltipEntry } from '../core/data/types';
import type { EntryAnswer } from '../page/tooltip-entries';
import { CONTEXT_MENU_ID, installContextMenu, lookupUrl } from '../utils/context-menu';
import { addCounts, isMessage, sortedCounts, type Message } from '../utils/messages';
import { createRateLimit } from '../utils/rate-limit';
import { injectEngine } from '../utils/engine-injection';
import { createFrameRegistry } from '../utils/frame-registry';
import { listenForQuestionMessages } from '../utils/question-list-background';
import { migrateSettings } from '../utils/settings';

/** Glossary ids are lower-case words joined by hyphens; anything else is not ours. */
const ENTRY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export default defineBackground(() => {
  const uitlegUrl = browser.runtime.getURL('/uitleg.html');
  const frames = createFrameRegistry();
  const entryTabLimits = new Map<number, () => boolean>();
  const tooltipEntries = new Map<string, TooltipEntry>(glossary.map((entry) => [entry.id, entry]));
  listenForQuestionMessages();

  const reportError = (error: unknown) => console.debug('[Immuunwijzer]', error);
  if (browser.contextMenus) installContextMenu(browser.contextMenus).catch(reportError);
  migrateSettings().catch(reportError);

  // Firefox for Android has no menus (nor commands): without the guard the background would stop here.
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID || !info.selectionText) return;
    browser.tabs.create({ url: lookupUrl(uitlegUrl, info.selectionText), index: tab ? tab.index + 1 : undefined }).catch(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    entryTabLimits.delete(tabId);
    frames.forgetTab(tabId);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || sender.id !== browser.runtime.id) return undefined;
    const tabId = sender.tab?.id;
    if (message.type === 'get-tooltip-entry') return Promise.resolve(tooltipAnswer(message.id));
    if (message.type === 'open-entry') {
      // The content script opens an entry only on a trusted click; this limit holds even if it did not.
      if (typeof message.id !== 'string' || !ENTRY_ID.test(message.id)) return undefined;
      const key = tabId ?? -1;
      let allowed = entryTabLimits.get(key);
      if (!allowed) entryTabLimits.set(key, (allowed = createRateLimit(3, 2000)));
      if (!allowed()) return Promise.resolve(undefined);
      return browser.tabs.create({ url: `${uitlegUrl}#${encodeURIComponent(message.id)}` }).then(() => undefined);
    }
    if (tabId === undefined) return undefined;
    if (message.type === 'load-engine') return injectEngine(tabId, sender).catch(reportError);
    if (message.type === 'frame-ready' && sender.frameId !== undefined && sender.frameId !== 0) {
      frames.add(tabId, sender.frameId);
      return undefined;
    }
    if (message.type === 'get-frame-terms' && sender.frameId === 0) {
      return frameTerms(tabId);
    }
    return undefined;
  });

  function tooltipAnswer(id: unknown): EntryAnswer | undefined {
    const entry = typeof id === 'string' ? tooltipEntries.get(id) : undefined;
    if (!entry) return undefined;
    const cited = new Set(entry.sources.map((ref) => ref.source));
    return { entry, sources: sources.filter((source) => cited.has(source.id)) };
  }

  /** The counts of this tab's same-origin child frames, added up; frames that went away are forgotten. */
  async function frameTerms(tabId: number) {
    const totals = new Map<string, number>();
    const ask: Message = { type: 'get-own-terms' };
    await Promise.all(
      (await frames.of(tabId)).map(async (frameId) => {
        try {
          addCounts(totals, await browser.tabs.sendMessage(tabId, ask, { frameId }));
        } catch {
          frames.remove(tabId, frameId);
        }
      }),
    );
    return sortedCounts(totals);
  }

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-navigator') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: Message = { type: 'open-navigator' };
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });
});
