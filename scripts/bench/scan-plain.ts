import { createRequire } from 'node:module';
import { injectTools, probeSnapshot, sleep, type BenchBrowser } from './browser';
import type { InPageScripts } from './bundle-in-page';
import { frameStats } from './long-frames';
import { MARKJS_LIMITERS, markJsKeywords } from './markjs-keywords';
import type { BenchOptions } from './options';
import type { BenchWindow, CpuScanResult, FloorResult, MarkJsResult } from './page-api';
import { largePageUrl, LOAD_TIMEOUT_MS } from './page-url';
import { progress } from './progress';
import type { PlainLoad } from './results';

export interface PlainScan {
  kb: number;
  floor: FloorResult[];
  plainLoads: PlainLoad[];
  cpu: CpuScanResult[];
  markJs: MarkJsResult[];
}

/** How long a plain page is watched after load, for the long frames it has on its own. */
const AFTER_LOAD_MS = 1000;

const MARKJS_PATH = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

/**
 * Without the extension, on fresh loads of each generated page: (a) the floor, (b) the product's
 * CPU work in one go, (c) mark.js with every glossary name. Each measurement gets its own load,
 * so none of them runs on a DOM another one has already walked.
 */
export async function measurePlainScans(browser: BenchBrowser, origin: string, scripts: InPageScripts, options: BenchOptions): Promise<PlainScan[]> {
  const results: PlainScan[] = [];
  const keywords = markJsKeywords();
  for (const kb of options.pageKbs) {
    const result: PlainScan = { kb, floor: [], plainLoads: [], cpu: [], markJs: [] };
    const url = largePageUrl(origin, kb);
    // Floor and CPU loads alternate, so a slow spell of the machine hits both alike.
    for (let run = 0; run < options.scanRuns; run++) {
      progress(`scan ${kb} KB: floor and CPU work, run ${run + 1}/${options.scanRuns}`);
      let page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      await sleep(AFTER_LOAD_MS + 200);
      const snapshot = await probeSnapshot(page);
      const load = snapshot.load ?? Number.NaN;
      const loadFrames = frameStats(snapshot, 0, load + AFTER_LOAD_MS);
      result.plainLoads.push({
        domContentLoaded: snapshot.domContentLoaded ?? Number.NaN,
        load,
        loadFrames,
        afterPaintFrames: frameStats(snapshot, loadFrames.longestFrameEnd, load + AFTER_LOAD_MS),
      });
      await injectTools(page, scripts);
      result.floor.push(await page.evaluate(() => (window as unknown as BenchWindow).__benchTools.floor()));
      await page.close();

      page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      await injectTools(page, scripts);
      result.cpu.push(await page.evaluate(() => (window as unknown as BenchWindow).__benchTools.cpuScan()));
      await page.close();
    }
    const markJsRuns = options.markJsRuns.get(kb) ?? 0;
    for (let run = 0; run < markJsRuns; run++) {
      progress(`scan ${kb} KB: mark.js with ${keywords.length} names, run ${run + 1}/${markJsRuns}`);
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      await page.addScriptTag({ path: MARKJS_PATH });
      await injectTools(page, scripts);
      result.markJs.push(
        await page.evaluate(
          ([words, limiters]) => (window as unknown as BenchWindow).__benchTools.runMarkJs(words, limiters),
          [keywords, MARKJS_LIMITERS] as const,
        ),
      );
      await page.close();
    }
    results.push(result);
  }
  return results;
}
