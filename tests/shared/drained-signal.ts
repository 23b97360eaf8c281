/**
 * Runs in the page: resolves once the extension's queue of page changes is empty, by the e2e
 * build's signal (page/test-hooks.ts): a 'ping' is answered at once when nothing is left to read,
 * else by the 'drained' event at the end of the work. Pings repeat until the content script is
 * there. Shared by the Chromium e2e tests and the Firefox tests; uses nothing outside its body.
 */
export function waitForDrained(timeout: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stop = () => {
      clearInterval(pinger);
      clearTimeout(failer);
      document.removeEventListener('immuunwijzer-test:drained', done);
    };
    const done = () => {
      stop();
      resolve();
    };
    document.addEventListener('immuunwijzer-test:drained', done);
    const ping = () => document.dispatchEvent(new Event('immuunwijzer-test:ping'));
    const pinger = setInterval(ping, 50);
    const failer = setTimeout(() => {
      stop();
      reject(new Error(`the extension did not report an empty queue within ${timeout} ms (is it running on this page?)`));
    }, timeout);
    ping();
  });
}
