import { CONTEXT_MENU_ID, lookupUrl } from '../utils/context-menu';
import { isMessage, type Message } from '../utils/messages';
import { listenForQuestionMessages } from '../utils/question-list-background';

export default defineBackground(() => {
  const uitlegUrl = browser.runtime.getURL('/uitleg.html');
  listenForQuestionMessages();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CONTEXT_MENU_ID, title: 'Zoek op in Immuunwijzer', contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID || !info.selectionText) return;
    browser.tabs.create({ url: lookupUrl(uitlegUrl, info.selectionText), index: tab ? tab.index + 1 : undefined }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessage(message) && message.type === 'open-entry') {
      return browser.tabs.create({ url: `${uitlegUrl}#${encodeURIComponent(message.id)}` }).then(() => undefined);
    }
    return undefined;
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'open-navigator') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: Message = { type: 'open-navigator' };
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });
});
