import { prefilterSource } from 'virtual:content-prefilter';
import { createPrefilter } from '../../core/finder/prefilter';
import { createHandoff } from '../../page/engine-handoff';
import { inputRelay } from '../../page/input-relay';
import { currentSite, isSameOriginChildFrame } from '../../page/site';
import { TermSentry } from '../../page/term-sentry';
import { answerPings, signalDrained } from '../../page/test-hooks';
import { addCounts, isMessage, sortedCounts, type Message, type PageTermCount, type PageTerms } from '../../utils/messages';
import { isPageInfoMessage, pageInfo, type PageInfo } from '../../utils/page-info';
import { reply } from '../../utils/reply';

/**
 * The content script every page and frame gets: small on purpose. It watches for text that may
 * hold a term (page/term-sentry.ts) and only then has the background inject the engine
 * (entrypoints/engine.ts). It answers the popup and the navigator shortcut itself, through the
 * engine once that runs.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // Browsers without the CSS Custom Highlight API get no marks at all rather than a fallback
    // that changes the page's DOM (see README, "Browsers"). Standalone SVG and XML documents are
    // left alone: there is no reading text to explain, and hover there would fail.
    if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') return;
    if (!(document.documentElement instanceof HTMLElement)) return;
    try {
      start(ctx.signal);
    } catch (error) {
      console.debug('[Immuunwijzer]', error);
    }
  },
});

function start(signal: AbortSignal): void {
  const isTop = window === window.top;
  const mayContainTerm = createPrefilter(prefilterSource);
  const handoff = createHandoff(signal, mayContainTerm);
  let requested = false;
  const loadEngine = () => {
    if (requested || signal.aborted) return;
    requested = true;
    const ask: Message = { type: 'load-engine' };
    browser.runtime.sendMessage(ask).catch((error: unknown) => console.debug('[Immuunwijzer]', error));
  };
  const sentry = new TermSentry({ mayContainTerm, onTerm: loadEngine, signal });
  sentry.start(document);
  // In the e2e build: a page without terms is "drained" as soon as the sentry has looked; once
  // the engine is asked for, its scanner answers instead.
  answerPings(document, () => !requested, signal);
  if (!requested) signalDrained(document);

  const openNavigator = () => {
    if (handoff.engine) return handoff.engine.openNavigator();
    handoff.openNavigatorOnStart = true;
    loadEngine();
  };
  const pageTerms = (): PageTerms => handoff.engine?.pageTerms() ?? { site: currentSite(location), terms: [] };

  // One listener for everything the extension asks this frame.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: PageTerms | PageTermCount[] | PageInfo | undefined) => void): true | undefined => {
    if (signal.aborted) return undefined;
    if (isPageInfoMessage(message)) return isTop ? reply(Promise.resolve(pageInfo()), sendResponse) : undefined;
    if (!isMessage(message)) return undefined;
    if (message.type === 'get-page-terms' && isTop) return reply(withFrameTerms(pageTerms()), sendResponse);
    if (message.type === 'get-own-terms' && isSameOriginChildFrame(window)) return reply(Promise.resolve(pageTerms().terms), sendResponse);
    if (message.type === 'open-navigator' && isTop) openNavigator();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  // The same shortcut as the `commands` entry, for when the browser hands the key to the page.
  // event.code, not event.key: on macOS Alt+Shift+U is a dead key whose key is not "U".
  inputRelay().on(
    'keydown',
    (event) => {
      if (event.code !== 'KeyU' || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      openNavigator();
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
