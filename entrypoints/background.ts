import { CONTEXT_MENU_ID, installContextMenu, lookupUrl } from '../utils/context-menu';
import { isMessage, type Message } from '../utils/messages';
import { migrateSettings } from '../utils/settings';

export default defineBackground(() => {
  const uitlegUrl = browser.runtime.getURL('/uitleg.html');

  const reportError = (error: unknown) => console.debug('[Immuunwijzer]', error);
  if (browser.contextMenus) installContextMenu(browser.contextMenus).catch(reportError);
  migrateSettings().catch(reportError);

  // Firefox for Android has no menus (nor commands): without the guard the background would stop here.
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID || !info.selectionText) return;
    browser.tabs.create({ url: lookupUrl(uitlegUrl, info.selectionText), index: tab ? tab.index + 1 : undefined }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessage(message) && message.type === 'open-entry') {
      return browser.tabs.create({ url: `${uitlegUrl}#${encodeURIComponent(message.id)}` }).then(() => undefined);
    }
    return undefined;
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-navigator') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: Message = { type: 'open-navigator' };
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });
});
