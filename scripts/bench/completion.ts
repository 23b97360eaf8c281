import type { BrowserContext, Page } from '@playwright/test';
import { sleep } from './browser';
import type { BenchWindow, CompletionMethod } from './page-api';

export interface Completion {
  /** Page time (ms since its time origin) by which everything was marked. */
  at: number;
  method: CompletionMethod;
  /** How late `at` may be: one frame when seen in the highlight, else the time since the last poll that found it incomplete. */
  uncertaintyMs: number;
  /** Calls of the product's page-terms answer it took (each costs the content script some work). */
  polls: number;
}

const FRAME_MS = 1000 / 60;
const CHECK_MS = 50;
/** The highlight has not grown for this long (or 3× its longest pause so far): it is not going to. */
const PLATEAU_MS = 1000;

/**
 * The product's own count of marks on the page in the active tab: the answer the popup gets to
 * 'get-page-terms', summed, asked from the service worker as tests/e2e/large-page.spec.ts does.
 */
export async function markedOnPage(context: BrowserContext): Promise<number> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: {
          query(query: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, message: object, options: object): Promise<{ terms?: { count: number }[] } | undefined>;
        };
      };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return -1;
    const answer = await chrome.tabs.sendMessage(tab.id, { type: 'get-page-terms' }, { frameId: 0 });
    return (answer?.terms ?? []).reduce((total, term) => total + term.count, 0);
  });
}

function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Polls the product's count until it reaches `target`. The next poll is planned from the rate
 * seen so far (60 % of the predicted remaining time, 100 ms–2 s), so a long scan costs a handful
 * of polls; `at` is when the successful poll returned, and `uncertaintyMs` reaches back to when
 * the previous, unsuccessful one was sent.
 */
export async function pollMarkedOnPage(page: Page, context: BrowserContext, target: number, since: number, timeoutMs: number): Promise<Completion> {
  await page.bringToFront();
  const deadline = Date.now() + timeoutMs;
  let lowerBound = since;
  let polls = 0;
  const history: [number, number][] = [];
  for (;;) {
    const sent = await pageNow(page);
    const total = await markedOnPage(context);
    polls++;
    const answered = await pageNow(page);
    if (total >= target) return { at: answered, method: 'page-terms', uncertaintyMs: answered - lowerBound, polls };
    if (Date.now() > deadline) throw new Error(`the page reports ${total} marks, not ${target}, after ${timeoutMs} ms`);
    lowerBound = sent;
    history.push([answered, total]);
    let wait = 200;
    const previous = history.at(-2);
    if (previous) {
      const rate = (total - previous[1]) / (answered - previous[0]);
      if (rate > 0) wait = Math.min(2000, Math.max(100, (0.6 * (target - total)) / rate));
    }
    await sleep(wait);
  }
}

/**
 * Waits for the initial scan of a page loaded with the extension. Normally the probe sees the
 * highlight reach <body data-term-count> (precise to a frame). If the highlight stops short, the
 * product paints only part of its marks (near the screen, say); then the probe stops polling and
 * the product's own count is polled instead.
 */
export async function waitForInitialScan(page: Page, context: BrowserContext, timeoutMs: number): Promise<Completion> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const progress = await page.evaluate(() => (window as unknown as BenchWindow).__benchProbe.progress());
    if (progress.completeAt !== undefined) return { at: progress.completeAt, method: 'highlight', uncertaintyMs: FRAME_MS, polls: 0 };
    const still = progress.lastChangeAt === undefined ? 0 : progress.now - progress.lastChangeAt;
    if (progress.expected !== undefined && progress.size > 0 && still > Math.max(PLATEAU_MS, 3 * progress.longestChangeGap)) {
      await page.evaluate(() => (window as unknown as BenchWindow).__benchProbe.stopPolling());
      return pollMarkedOnPage(page, context, progress.expected, progress.registeredAt ?? 0, deadline - Date.now());
    }
    await sleep(CHECK_MS);
  }
  throw new Error(`the initial scan did not finish within ${timeoutMs} ms`);
}
