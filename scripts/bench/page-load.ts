import type { PageLoadSummary, ScanSize } from './results';
import { max, median } from './stats';

/**
 * Section 3 from the loads of section 1: the same pages loaded with the extension (end-to-end
 * runs) and without (floor runs). Frames are medians over runs of each run's longest.
 */
export function summarisePageLoads(scans: readonly ScanSize[]): PageLoadSummary[] {
  return scans.map((scan) => {
    const withRuns = scan.endToEnd;
    const withoutRuns = scan.plainLoads;
    const scriptSources: Record<string, number> = {};
    for (const run of withRuns) {
      for (const [source, ms] of Object.entries(run.loadFrames.scriptSources)) scriptSources[source] = Math.max(scriptSources[source] ?? 0, ms);
    }
    return {
      kb: scan.kb,
      loadMsWith: median(withRuns.map((run) => run.load)),
      loadMsWithout: median(withoutRuns.map((run) => run.load)),
      domContentLoadedMsWith: median(withRuns.map((run) => run.domContentLoaded)),
      domContentLoadedMsWithout: median(withoutRuns.map((run) => run.domContentLoaded)),
      longestLoadFrameWith: median(withRuns.map((run) => run.loadFrames.longestFrameMs)),
      longestLoadFrameWithout: median(withoutRuns.map((run) => run.loadFrames.longestFrameMs)),
      longestTaskWith: median(withRuns.map((run) => run.loadFrames.longestTaskMs)),
      longestTaskWithout: median(withoutRuns.map((run) => run.loadFrames.longestTaskMs)),
      longestScanFrame: max(withRuns.map((run) => run.scanFrames.longestFrameMs)),
      longestAfterLoadFrameWithout: max(withoutRuns.map((run) => run.afterLoadFrames.longestFrameMs)),
      longScanFrames: median(withRuns.map((run) => run.scanFrames.count)),
      scanBlockingMs: median(withRuns.map((run) => run.scanFrames.totalBlockingMs)),
      longestExtensionScriptMs: max(withRuns.map((run) => run.loadFrames.longestExtensionScriptMs)),
      scriptSources,
    };
  });
}
