import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { markedOnPage } from '../../tests/e2e/page-terms';
import { sleep } from './browser';
import type { BenchWindow, CompletionMethod } from './page-api';

export interface Completion {
  /** Page time (ms since its time origin) by which everything was marked. */
  at: number;
  method: CompletionMethod;
  /** How late `at` may be: a frame, a sampling interval, or the time back to the last poll that found it incomplete. */
  uncertaintyMs: number;
  /** Calls of the product's page-terms answer it took (each a count over all its marks). */
  polls: number;
}

const FRAME_MS = 1000 / 60;
const CHECK_MS = 50;
/** The highlight has not grown for this long (or 3× its longest pause so far): it is not going to. */
const PLATEAU_MS = 1000;
/** Main-thread sampling: every SAMPLE_MS; busy when over BUSY_FRACTION of an interval went to tasks; done after QUIET_MS of calm. */
const SAMPLE_MS = 25;
const BUSY_FRACTION = 0.4;
const QUIET_MS = 400;

function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * The renderer's main-thread task time, read over the DevTools protocol (Performance.getMetrics:
 * TaskDuration less the protocol's own DevToolsCommandDuration) every SAMPLE_MS from the moment
 * it is opened, on the page's clock. An interval counts as busy when more than BUSY_FRACTION of
 * it went to tasks: the extension's slices fill the thread while it works, while frames that only
 * the probe asks for (or an idle page) stay well below.
 */
export class MainThreadMeter {
  private readonly samples: { at: number; taskMs: number }[] = [];
  private running = true;
  private loop: Promise<void> = Promise.resolve();

  private constructor(
    private readonly session: CDPSession,
    /** performance.now() − (Timestamp − NavigationStart), measured once. */
    private offsetMs: number,
  ) {}

  static async open(page: Page): Promise<MainThreadMeter> {
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'timeTicks' });
    const meter = new MainThreadMeter(session, 0);
    const before = await meter.sample();
    const now = await pageNow(page);
    const after = await meter.sample();
    meter.offsetMs = now - (before.at + after.at) / 2;
    meter.loop = meter.record();
    return meter;
  }

  private async sample(): Promise<{ at: number; taskMs: number }> {
    const { metrics } = await this.session.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
    return {
      at: (value('Timestamp') - value('NavigationStart')) * 1000 + this.offsetMs,
      taskMs: (value('TaskDuration') - value('DevToolsCommandDuration')) * 1000,
    };
  }

  private async record(): Promise<void> {
    while (this.running) {
      this.samples.push(await this.sample());
      await sleep(SAMPLE_MS);
    }
  }

  /**
   * The page time at which the main thread's first stretch of busy work after `since` ended: the
   * first busy interval followed by QUIET_MS of calm. Later work (a garbage collection a second on,
   * say) does not count; work that pauses longer than QUIET_MS is caught by the caller's check of
   * the product's count.
   */
  async waitForQuiet(since: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let lastBusy = since;
      for (let index = 1; index < this.samples.length; index++) {
        const previous = this.samples[index - 1]!;
        const current = this.samples[index]!;
        if (current.at <= since) continue;
        if ((current.taskMs - previous.taskMs) / (current.at - previous.at) > BUSY_FRACTION) lastBusy = current.at;
        else if (current.at - lastBusy >= QUIET_MS) return lastBusy;
      }
      if (Date.now() > deadline) throw new Error(`the main thread was still busy after ${timeoutMs} ms`);
      await sleep(SAMPLE_MS);
    }
  }

  async close(): Promise<void> {
    this.running = false;
    await this.loop;
    await this.session.detach();
  }
}

/**
 * Polls the product's count until it reaches `target`. The next poll is planned from the rate
 * seen so far (60 % of the predicted remaining time, 100 ms–2 s); `at` is when the successful
 * poll returned, and `uncertaintyMs` reaches back to when the previous, unsuccessful one was sent.
 */
export async function pollMarkedOnPage(page: Page, context: BrowserContext, target: number, since: number, timeoutMs: number): Promise<Completion> {
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
 * When the highlight cannot tell (the product paints only part of its marks): the end of the main
 * thread's work after `since`, confirmed by one look at the product's own count. If the count is
 * not there yet, its polling takes over.
 */
export async function waitForQuietAndCount(
  page: Page,
  meter: MainThreadMeter,
  target: number,
  since: number,
  timeoutMs: number,
): Promise<Completion> {
  await page.bringToFront();
  const quietAt = await meter.waitForQuiet(since, timeoutMs);
  const total = await markedOnPage(page.context());
  if (total >= target) return { at: quietAt, method: 'quiet', uncertaintyMs: SAMPLE_MS, polls: 1 };
  const polled = await pollMarkedOnPage(page, page.context(), target, quietAt, timeoutMs);
  return { ...polled, polls: polled.polls + 1 };
}

/**
 * Waits for the initial scan of a page loaded with the extension. Normally the probe sees the
 * highlight reach <body data-term-count> (precise to a frame). If the highlight stops short, the
 * product paints only part of its marks (near the screen, say): the probe stops polling and the
 * end of the main thread's work is taken instead, checked against the product's own count.
 */
export async function waitForInitialScan(page: Page, meter: MainThreadMeter, timeoutMs: number): Promise<Completion> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const progress = await page.evaluate(() => (window as unknown as BenchWindow).__benchProbe.progress());
    if (progress.completeAt !== undefined) return { at: progress.completeAt, method: 'highlight', uncertaintyMs: FRAME_MS, polls: 0 };
    const still = progress.lastChangeAt === undefined ? 0 : progress.now - progress.lastChangeAt;
    if (progress.expected !== undefined && progress.size > 0 && still > Math.max(PLATEAU_MS, 3 * progress.longestChangeGap)) {
      await page.evaluate(() => (window as unknown as BenchWindow).__benchProbe.stopPolling());
      return waitForQuietAndCount(page, meter, progress.expected, progress.registeredAt ?? 0, deadline - Date.now());
    }
    await sleep(CHECK_MS);
  }
  throw new Error(`the initial scan did not finish within ${timeoutMs} ms`);
}
