import { injectTools, probeSnapshot, sleep, type BenchBrowser } from './browser';
import { MainThreadMeter, waitForInitialScan, waitForQuietAndCount } from './completion';
import { markedOnPage } from '../../tests/e2e/page-terms';
import type { InPageScripts } from './bundle-in-page';
import { frameStats } from './long-frames';
import type { BatchResult, BenchWindow, CompletionMethod } from './page-api';
import { largePageUrl, LOAD_TIMEOUT_MS } from './page-url';
import { progress } from './progress';
import type { LiveFit, LivePage, LiveSide } from './results';
import { median, percentile } from './stats';

const SCAN_TIMEOUT_MS = 180_000;
const BATCH_TIMEOUT_MS = 60_000;
/** Pause between batches, as a reader scrolls on: lets trailing work and frame reports settle. */
const PAUSE_MS = 150;

/**
 * Section 2, one browser and one page size: load the page, wait until it is fully marked (with
 * the extension), then append the batches one by one and time each until it is marked.
 */
export async function measureLiveSide(
  browser: BenchBrowser,
  origin: string,
  kb: number,
  batches: readonly string[],
  scripts: InPageScripts,
): Promise<{ side: LiveSide; initialMarks: number }> {
  const page = await browser.context.newPage();
  try {
    await page.goto(largePageUrl(origin, kb), { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    // Batches are seen marked the way the initial scan was: in the highlight, or in the product's own count.
    let method: CompletionMethod = 'frame';
    const meter = browser.withExtension ? await MainThreadMeter.open(page) : undefined;
    if (meter) method = (await waitForInitialScan(page, meter, SCAN_TIMEOUT_MS)).method;
    await sleep(500);
    await injectTools(page, scripts);
    const initialMarks =
      method === 'quiet' || method === 'page-terms'
        ? await markedOnPage(browser.context)
        : await page.evaluate(() => (window as unknown as BenchWindow).__benchProbe.highlightSize());
    // The product's count of marks, kept up to date with what each batch adds.
    let marked = initialMarks;
    const results: BatchResult[] = [];
    for (const [index, html] of batches.entries()) {
      if (index % 5 === 0) progress(`live ${kb} KB ${browser.withExtension ? 'with' : 'without'} extension: batch ${index + 1}/${batches.length}`);
      const batch = await page.evaluate(
        ([batchHtml, wait, timeout]) => (window as unknown as BenchWindow).__benchTools.appendBatch(batchHtml, '#posts', wait, timeout),
        [html, method, BATCH_TIMEOUT_MS] as const,
      );
      batch.marksBefore = browser.withExtension ? marked : batch.highlightBefore;
      marked += batch.expectedMarks;
      if (batch.method === 'quiet' && meter) {
        // From here on the highlight holds only part of the marks (it stopped short in this batch).
        if (method === 'highlight') await page.evaluate(() => (window as unknown as BenchWindow).__benchProbe.stopPolling());
        method = 'quiet';
        const completion = await waitForQuietAndCount(page, meter, marked, batch.start, BATCH_TIMEOUT_MS);
        Object.assign(batch, { end: completion.at, ms: completion.at - batch.start, method: completion.method, uncertaintyMs: completion.uncertaintyMs });
      }
      results.push(batch);
      await sleep(PAUSE_MS);
    }
    await meter?.close();
    const snapshot = await probeSnapshot(page);
    const first = results[0]?.start ?? 0;
    const last = results.at(-1)?.end ?? 0;
    const longestBatchFrameMs = Math.max(0, ...results.map((batch) => frameStats(snapshot, batch.start, batch.end + 50).longestFrameMs));
    return { side: { method: results.at(-1)?.method ?? method, batches: results, frames: frameStats(snapshot, first, last + 50), longestBatchFrameMs }, initialMarks };
  } finally {
    await page.close();
  }
}

export function summariseLive(kb: number, initialMarks: number, withExtension: LiveSide, withoutExtension: LiveSide): LivePage {
  const withMs = withExtension.batches.map((batch) => batch.ms);
  const withoutMs = withoutExtension.batches.map((batch) => batch.ms);
  return {
    kb,
    initialMarks,
    withExtension,
    withoutExtension,
    summary: {
      medianBatchMs: median(withMs),
      p95BatchMs: percentile(withMs, 95),
      medianBatchPlainMs: median(withoutMs),
      medianExtensionMs: median(withMs) - median(withoutMs),
      medianBatchChars: median(withExtension.batches.map((batch) => batch.chars)),
      firstBatchesMs: median(withMs.slice(0, 5)),
      lastBatchesMs: median(withMs.slice(-5)),
      marksBeforeLastBatch: withExtension.batches.at(-1)?.marksBefore ?? Number.NaN,
      longestFrameMs: withExtension.frames.longestFrameMs,
      longestFramePlainMs: withoutExtension.frames.longestFrameMs,
      longestExtensionScriptMs: withExtension.frames.longestExtensionScriptMs,
    },
  };
}

/**
 * Does a batch cost more on a page with more marks? Fits, over every batch of every page, the
 * extension's share of the batch (time with − time without, same batch, same page size) against
 * the number of marks on the page before it. A slope near 0 means the cost follows the added text.
 */
export function fitLive(pages: readonly LivePage[]): LiveFit {
  const points: [number, number][] = [];
  for (const page of pages) {
    page.withExtension.batches.forEach((batch, index) => {
      const plain = page.withoutExtension.batches[index];
      if (plain) points.push([batch.marksBefore / 1000, batch.ms - plain.ms]);
    });
  }
  const n = points.length;
  const meanX = points.reduce((total, [x]) => total + x, 0) / n;
  const meanY = points.reduce((total, [, y]) => total + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
    syy += (y - meanY) ** 2;
  }
  const slope = sxy / sxx;
  return { interceptMs: meanY - slope * meanX, msPerThousandMarks: slope, r2: (sxy * sxy) / (sxx * syy), batches: n };
}
