import { injectTools, probeSnapshot, sleep, type BenchBrowser } from './browser';
import type { InPageScripts } from './bundle-in-page';
import { frameStats } from './long-frames';
import type { BatchResult, BenchWindow } from './page-api';
import { largePageUrl, LOAD_TIMEOUT_MS } from './page-url';
import { progress } from './progress';
import type { LivePage, LiveSide } from './results';
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
    if (browser.withExtension) {
      await page.evaluate((timeout) => (window as unknown as BenchWindow).__benchProbe.whenComplete(timeout), SCAN_TIMEOUT_MS);
    }
    await sleep(500);
    await injectTools(page, scripts);
    const initialMarks = await page.evaluate(() => (window as unknown as BenchWindow).__benchProbe.highlightSize());
    const results: BatchResult[] = [];
    for (const [index, html] of batches.entries()) {
      if (index % 5 === 0) progress(`live ${kb} KB ${browser.withExtension ? 'with' : 'without'} extension: batch ${index + 1}/${batches.length}`);
      results.push(
        await page.evaluate(
          ([batch, withExtension, timeout]) =>
            (window as unknown as BenchWindow).__benchTools.appendBatch(batch, '#posts', withExtension, timeout),
          [html, browser.withExtension, BATCH_TIMEOUT_MS] as const,
        ),
      );
      await sleep(PAUSE_MS);
    }
    const snapshot = await probeSnapshot(page);
    const first = results[0]?.start ?? 0;
    const last = results.at(-1)?.end ?? 0;
    const longestBatchFrameMs = Math.max(0, ...results.map((batch) => frameStats(snapshot, batch.start, batch.end + 50).longestFrameMs));
    return { side: { batches: results, frames: frameStats(snapshot, first, last + 50), longestBatchFrameMs }, initialMarks };
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
      longestFrameMs: withExtension.frames.longestFrameMs,
      longestFramePlainMs: withoutExtension.frames.longestFrameMs,
      longestExtensionScriptMs: withExtension.frames.longestExtensionScriptMs,
    },
  };
}
