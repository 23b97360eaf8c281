/**
 * Init script for the extension's own pages: when the search box appears (popup first paint),
 * and for each typed query the time from its input event to the first result in the DOM.
 */
import type { PopupBenchWindow, PopupMeasurement, PopupProbeState } from './page-api';

if (location.protocol === 'chrome-extension:') {
  const state: PopupProbeState = { searchPresentAt: undefined, firstContentfulPaint: undefined, measurements: [] };
  (window as unknown as PopupBenchWindow).__benchPopup = state;
  let pending: PopupMeasurement | undefined;

  const check = (): void => {
    if (state.searchPresentAt === undefined && document.querySelector('[data-testid="search"]')) state.searchPresentAt = performance.now();
    if (pending && document.querySelector('[data-testid="result"]')) {
      const measurement = pending;
      pending = undefined;
      measurement.resultAt = performance.now();
      requestAnimationFrame(() => {
        measurement.resultFrameAt = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });

  document.addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement) || target.value.trim().length < 2) return;
      pending = { query: target.value, inputAt: performance.now(), resultAt: undefined, resultFrameAt: undefined };
      state.measurements.push(pending);
    },
    true,
  );

  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.firstContentfulPaint = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  }
}
