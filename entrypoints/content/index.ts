import overlayCss from '../../components/overlay.css?inline';
import { termIndex } from 'virtual:content-glossary';
import { ContentApp } from '../../page/content-app';
import { inputRelay } from '../../page/input-relay';
import { lazyTermIndex } from '../../page/lazy-term-index';
import { currentSite, isSameOriginChildFrame } from '../../page/site';
import { TooltipEntries } from '../../page/tooltip-entries';
import { addCounts, isMessage, sortedCounts, type Message, type PageTermCount, type PageTerms } from '../../utils/messages';
import { createRateLimit } from '../../utils/rate-limit';
import { reply } from '../../utils/reply';
import { listenForPageInfo } from '../../utils/page-info';
import { readSettings, watchSettings } from '../../utils/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Browsers without the CSS Custom Highlight API get no marks at all rather than a fallback
    // that changes the page's DOM (see README, "Browsers"). Standalone SVG and XML documents are
    // left alone: there is no reading text to explain, and hover there would fail.
    if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') return;
    if (!(document.documentElement instanceof HTMLElement)) return;

    const reportError = (error: unknown) => console.debug('[Immuunwijzer]', error);
    try {
      await start(ctx.signal, reportError);
    } catch (error) {
      reportError(error);
    }
    ctx.onInvalidated(listenForPageInfo());
  },
});

async function start(signal: AbortSignal, reportError: (error: unknown) => void): Promise<void> {
  const input = inputRelay();
  const isTop = window === window.top;
  const mayOpenEntry = createRateLimit(2, 1500);
  const app = new ContentApp({
    entries: new TooltipEntries((id) => {
      const ask: Message = { type: 'get-tooltip-entry', id };
      return browser.runtime.sendMessage(ask);
    }),
    index: lazyTermIndex(termIndex),
    overlayCss,
    site: currentSite(location),
    input,
    openEntry: (id) => {
      if (!mayOpenEntry()) return;
      const message: Message = { type: 'open-entry', id };
      browser.runtime.sendMessage(message).catch(reportError);
    },
    reportError,
    signal,
  });

  try {
    app.applySettings(await readSettings());
  } catch (error) {
    reportError(error);
  }
  const unwatch = watchSettings((settings) => app.applySettings(settings));
  signal.addEventListener('abort', unwatch, { once: true });

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: PageTerms | PageTermCount[] | undefined) => void): true | undefined => {
    if (signal.aborted || !isMessage(message)) return undefined;
    if (message.type === 'get-page-terms' && isTop) return reply(withFrameTerms(app.pageTerms()), sendResponse);
    if (message.type === 'get-own-terms' && isSameOriginChildFrame(window)) return reply(Promise.resolve(app.pageTerms().terms), sendResponse);
    if (message.type === 'open-navigator' && isTop) app.openNavigator();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  if (isSameOriginChildFrame(window)) {
    const ready: Message = { type: 'frame-ready' };
    browser.runtime.sendMessage(ready).catch(() => undefined);
  }

  // The same shortcut as the `commands` entry, for when the browser hands the key to the page.
  // event.code, not event.key: on macOS Alt+Shift+U is a dead key whose key is not "U".
  input.on(
    'keydown',
    (event) => {
      if (event.code !== 'KeyU' || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      app.openNavigator();
    },
    signal,
  );
}

/** The top frame's counts plus those of its same-origin frames, which the background collects. */
async function withFrameTerms(own: PageTerms): Promise<PageTerms> {
  const ask: Message = { type: 'get-frame-terms' };
  const frames: unknown = await browser.runtime.sendMessage(ask).catch(() => undefined);
  if (!Array.isArray(frames) || frames.length === 0) return own;
  const totals = addCounts(addCounts(new Map(), own.terms), frames);
  return { site: own.site, terms: sortedCounts(totals) };
}
