import overlayCss from '../../components/overlay.css?inline';
import { glossary, sources } from 'virtual:content-glossary';
import { buildTermIndex } from '../../core/finder/term-index';
import { ContentApp } from '../../page/content-app';
import { currentSite } from '../../page/site';
import { isMessage, type Message } from '../../utils/messages';
import { readSettings, watchSettings } from '../../utils/settings';

const NAVIGATOR_KEY = { key: 'U', altKey: true, shiftKey: true };

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Browsers without the CSS Custom Highlight API get no marks at all rather than a fallback
    // that changes the page's DOM (see README, "Browsers").
    if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') return;

    const reportError = (error: unknown) => console.debug('[Immuunwijzer]', error);
    const app = new ContentApp({
      glossary,
      sources,
      index: () => buildTermIndex(glossary),
      overlayCss,
      site: currentSite(location),
      openEntry: (id) => {
        const message: Message = { type: 'open-entry', id };
        browser.runtime.sendMessage(message).catch(reportError);
      },
      reportError,
    });
    ctx.onInvalidated(() => app.stop());

    try {
      app.applySettings(await readSettings());
    } catch (error) {
      reportError(error);
    }
    const unwatch = watchSettings((settings) => app.applySettings(settings));
    ctx.onInvalidated(unwatch);

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isMessage(message)) return undefined;
      if (message.type === 'get-page-terms') return Promise.resolve(app.pageTerms());
      if (message.type === 'open-navigator' && window === window.top) app.openNavigator();
      return undefined;
    });

    // The same shortcut as the `commands` entry, for when the browser hands the key to the page.
    ctx.addEventListener(window, 'keydown', (event) => {
      const matches = event.altKey === NAVIGATOR_KEY.altKey && event.shiftKey === NAVIGATOR_KEY.shiftKey;
      if (matches && event.key.toUpperCase() === NAVIGATOR_KEY.key && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        app.openNavigator();
      }
    });
  },
});
