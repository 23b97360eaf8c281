import overlayCss from '../components/overlay.css?inline';
import { termIndex } from 'virtual:content-glossary';
import { ContentApp } from '../page/content-app';
import { takeHandoff, type EngineHandoff } from '../page/engine-handoff';
import { inputRelay } from '../page/input-relay';
import { lazyTermIndex } from '../page/lazy-term-index';
import { currentSite, isSameOriginChildFrame } from '../page/site';
import { TooltipEntries } from '../page/tooltip-entries';
import type { Message } from '../utils/messages';
import { createRateLimit } from '../utils/rate-limit';
import { readSettings, watchSettings } from '../utils/settings';

/**
 * The engine: finder, marks, tooltip and navigator. Not a declared content script: the background
 * injects it into a frame only when the content script there found text that may hold a term, or
 * the user asked for the navigator (entrypoints/content/index.ts). It takes that script's
 * handoff, so it ends with it and answers the popup through it.
 */
export default defineUnlistedScript(() => {
  const handoff = takeHandoff();
  if (!handoff) return;
  const reportError = (error: unknown) => console.debug('[Immuunwijzer]', error);
  try {
    start(handoff, reportError);
  } catch (error) {
    reportError(error);
  }
});

function start(handoff: EngineHandoff, reportError: (error: unknown) => void): void {
  const { signal } = handoff;
  const input = inputRelay();
  const mayOpenEntry = createRateLimit(2, 1500);
  const app = new ContentApp({
    entries: new TooltipEntries((id) => {
      const ask: Message = { type: 'get-tooltip-entry', id };
      return browser.runtime.sendMessage(ask);
    }),
    index: lazyTermIndex(termIndex, handoff.mayContainTerm),
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
  handoff.engine = { pageTerms: () => app.pageTerms(), openNavigator: () => app.openNavigator() };

  readSettings()
    .then(
      (settings) => app.applySettings(settings),
      (error: unknown) => reportError(error),
    )
    .then(() => {
      if (!handoff.openNavigatorOnStart) return;
      handoff.openNavigatorOnStart = false;
      app.openNavigator();
    })
    .catch(reportError);
  const unwatch = watchSettings((settings) => app.applySettings(settings));
  signal.addEventListener('abort', unwatch, { once: true });

  if (isSameOriginChildFrame(window)) {
    const ready: Message = { type: 'frame-ready' };
    browser.runtime.sendMessage(ready).catch(() => undefined);
  }
}
