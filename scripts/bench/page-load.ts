import type { PageLoadSummary, ScanSize } from './results';
import { max, median } from './stats';

/**
 * Section 3 from the loads of section 1: the same pages loaded with the extension (end-to-end
 * runs) and without (floor runs). "Load" frames are those before the content script's highlight
 * exists (with) or up to load + 1 s (without); their longest is the page's own first layout, which
 * the extension can only make longer. "Scan" frames come after, while the extension marks; the
 * page alone has nothing there once it has painted.
 */
export function summarisePageLoads(scans: readonly ScanSize[]): PageLoadSummary[] {
  return scans.map((scan) => {
    const withRuns = scan.endToEnd;
    const withoutRuns = scan.plainLoads;
    const scriptSources: Record<string, number> = {};
    for (const frames of [...withRuns.flatMap((run) => [run.loadFrames, run.scanFrames]), ...withoutRuns.map((run) => run.loadFrames)]) {
      for (const [source, ms] of Object.entries(frames.scriptSources)) scriptSources[source] = Math.max(scriptSources[source] ?? 0, ms);
    }
    return {
      kb: scan.kb,
      loadMsWith: median(withRuns.map((run) => run.load)),
      loadMsWithout: median(withoutRuns.map((run) => run.load)),
      domContentLoadedMsWith: median(withRuns.map((run) => run.domContentLoaded)),
      domContentLoadedMsWithout: median(withoutRuns.map((run) => run.domContentLoaded)),
      longestLoadFrameWith: median(withRuns.map((run) => run.loadFrames.longestFrameMs)),
      longestLoadFrameWithout: median(withoutRuns.map((run) => run.loadFrames.longestFrameMs)),
      longestTaskWith: median(withRuns.map((run) => Math.max(run.loadFrames.longestTaskMs, run.scanFrames.longestTaskMs))),
      longestTaskWithout: median(withoutRuns.map((run) => run.loadFrames.longestTaskMs)),
      longScanFrames: median(withRuns.map((run) => run.scanFrames.count)),
      longestScanFrame: max(withRuns.map((run) => run.scanFrames.longestFrameMs)),
      scanRenderMs: median(withRuns.map((run) => run.scanFrames.totalRenderMs)),
      scanBlockingMs: median(withRuns.map((run) => run.scanFrames.totalBlockingMs)),
      longestAfterPaintFrameWithout: max(withoutRuns.map((run) => run.afterPaintFrames.longestFrameMs)),
      longestExtensionScriptMs: max(withRuns.flatMap((run) => [run.loadFrames.longestExtensionScriptMs, run.scanFrames.longestExtensionScriptMs])),
      scriptSources,
    };
  });
}
