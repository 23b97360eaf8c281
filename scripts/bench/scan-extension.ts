import { probeSnapshot, sleep, type BenchBrowser } from './browser';
import { MainThreadMeter, waitForInitialScan } from './completion';
import { frameStats } from './long-frames';
import type { BenchOptions } from './options';
import { largePageUrl, LOAD_TIMEOUT_MS } from './page-url';
import { progress } from './progress';
import type { EndToEndRun } from './results';

const SCAN_TIMEOUT_MS = 180_000;
/** Long-animation-frame entries arrive after their frame ends: wait a little before reading them. */
const TRAILING_MS = 300;

/** One fresh load with the extension, timed from the page by the probe (nothing exposed by the product). */
export async function endToEndRun(browser: BenchBrowser, url: string): Promise<EndToEndRun> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const meter = await MainThreadMeter.open(page);
    const completion = await waitForInitialScan(page, meter, SCAN_TIMEOUT_MS);
    await meter.close();
    await sleep(TRAILING_MS);
    const snapshot = await probeSnapshot(page);
    const { domContentLoaded, load, registeredAt, expected } = snapshot;
    if (domContentLoaded === undefined || load === undefined || registeredAt === undefined || expected === undefined) {
      throw new Error(`incomplete probe record for ${url}`);
    }
    const completeAt = completion.at;
    return {
      method: completion.method,
      uncertaintyMs: completion.uncertaintyMs,
      polls: completion.polls,
      domContentLoaded,
      load,
      registeredAt,
      completeAt,
      fromLoadMs: completeAt - load,
      fromRegisteredMs: completeAt - Math.min(registeredAt, load),
      marks: expected,
      painted: snapshot.sizes.at(-1)?.[1] ?? 0,
      loadFrames: frameStats(snapshot, 0, registeredAt),
      scanFrames: frameStats(snapshot, registeredAt, completeAt + TRAILING_MS),
    };
  } finally {
    await page.close();
  }
}

/** (b) end to end: each size loaded `scanRuns` times with the extension, after one warm-up load. */
export async function measureEndToEnd(browser: BenchBrowser, origin: string, options: BenchOptions): Promise<Map<number, EndToEndRun[]>> {
  progress('scan with extension: warm-up load');
  await endToEndRun(browser, largePageUrl(origin, options.pageKbs[0] ?? 100));
  const results = new Map<number, EndToEndRun[]>();
  for (const kb of options.pageKbs) {
    const runs: EndToEndRun[] = [];
    for (let run = 0; run < options.scanRuns; run++) {
      progress(`scan ${kb} KB with extension: end to end, run ${run + 1}/${options.scanRuns}`);
      runs.push(await endToEndRun(browser, largePageUrl(origin, kb)));
    }
    results.set(kb, runs);
  }
  return results;
}
