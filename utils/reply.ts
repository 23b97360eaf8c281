/**
 * Answers a runtime message with `sendResponse` and `return true`, which Chromium and Firefox
 * both understand without webextension-polyfill (the content script ships without it; a listener
 * that returns a promise is answered natively only in Firefox and in recent Chromium).
 */
export function reply<T>(answer: Promise<T>, sendResponse: (response: T | undefined) => void): true {
  answer.then(sendResponse, () => sendResponse(undefined));
  return true;
}
