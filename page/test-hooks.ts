/**
 * Signals for the end-to-end tests and the benchmark, so they wait for facts instead of time.
 * Only in the e2e build (`wxt build --mode e2e`): in every other build the condition is the
 * constant `"production" === "e2e"` and the bundler drops this code, event names included.
 */
export const TEST_HOOKS = import.meta.env.MODE === 'e2e';

/** Tells the page that the scanner's queue is empty: every change so far is read and marked. */
export function signalDrained(document: Document): void {
  if (!TEST_HOOKS) return;
  document.dispatchEvent(new Event('immuunwijzer-test:drained'));
}

/**
 * A test asks (by a 'ping' event) whether the queue is empty: answered at once when it is, else
 * by the next 'drained'. So a test that starts listening late still gets its answer.
 */
export function answerPings(document: Document, isIdle: () => boolean, signal: AbortSignal): void {
  if (!TEST_HOOKS) return;
  document.addEventListener('immuunwijzer-test:ping', () => isIdle() && signalDrained(document), { signal });
}
