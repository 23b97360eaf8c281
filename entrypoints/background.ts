import { isMessage, type Message } from '../utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessage(message) && message.type === 'open-entry') {
      const url = `${browser.runtime.getURL('/uitleg.html')}#${encodeURIComponent(message.id)}`;
      return browser.tabs.create({ url }).then(() => undefined);
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
