/**
 * Signals for the end-to-end tests and the benchmark, so they wait for facts instead of time.
 * Only in the e2e build (`wxt build --mode e2e`): in every other build the condition is the
 * constant `"production" === "e2e"` and the bundler drops this code, names included.
 *
 * Chromium leaves extension scripts out of the script attribution of long-animation-frame
 * entries, so the page cannot see which long frames the extension caused; the e2e build reports
 * its own longest slice and observer callback with each 'drained' message instead.
 */
export const TEST_HOOKS = import.meta.env.MODE === 'e2e';

const work = { slices: 0, maxSliceMs: 0, maxCallbackMs: 0 };

/** Runs `task` and, in the e2e build, keeps its duration: 'slice' for worker slices, 'callback' for observer callbacks. */
export function timed<T>(kind: 'slice' | 'callback', task: () => T): T {
  if (!TEST_HOOKS) return task();
  const started = performance.now();
  try {
    return task();
  } finally {
    const ms = performance.now() - started;
    if (kind === 'slice') {
      work.slices++;
      work.maxSliceMs = Math.max(work.maxSliceMs, ms);
    } else {
      work.maxCallbackMs = Math.max(work.maxCallbackMs, ms);
    }
  }
}

/**
 * Tells the page that the scanner's queue is empty: every change so far is read and marked, with
 * the work done since the previous signal. A DOM event on the document reaches listeners of every
 * world; its detail is a JSON string because objects do not cross from the extension's world. Not
 * a window message: pages (and the spy test) would see those, and naive message handlers break.
 */
export function signalDrained(document: Document): void {
  if (!TEST_HOOKS) return;
  document.dispatchEvent(new CustomEvent('immuunwijzer-test:drained', { detail: JSON.stringify(work) }));
  work.slices = 0;
  work.maxSliceMs = 0;
  work.maxCallbackMs = 0;
}

/**
 * A test asks (by a 'ping' event) whether the queue is empty: answered at once when it is, else
 * by the next 'drained'. So a test that starts listening late still gets its answer.
 */
export function answerPings(document: Document, isIdle: () => boolean, signal: AbortSignal): void {
  if (!TEST_HOOKS) return;
  document.addEventListener('immuunwijzer-test:ping', () => isIdle() && signalDrained(document), { signal });
}

/**
 * axe, the 24 px check and the animation check cannot look into a closed shadow root. A test page
 * whose `<html>` carries `data-test-open-ui` (set by tests/e2e/open-ui.ts) gets the UI in an open
 * root whose host has `data-testid="immuunwijzer-ui"`; only in the e2e build, and only on that
 * page, so the privacy tests still run against the closed root.
 */
export function opensUiForTests(document: Document): boolean {
  return TEST_HOOKS && document.documentElement?.hasAttribute('data-test-open-ui') === true;
}
