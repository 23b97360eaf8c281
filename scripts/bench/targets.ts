import type { BundleResults, LivePage, PageLoadSummary, ScanSize, SearchResults, Target } from './results';
import { count, kb, ms, pageSize, ratio } from './table';

const LONG_TASK_MS = 50;
const CONTENT_SCRIPT_GZIP_LIMIT = 40 * 1024;

function perSize(scans: readonly ScanSize[], value: (scan: ScanSize) => number, label: (scan: ScanSize) => string = () => ''): string {
  return scans.map((scan) => `${pageSize(scan.kb)} ${ratio(value(scan))}${label(scan)}`).join(', ');
}

const extrapolated = (scan: ScanSize) => (scan.markJsExtrapolatedFromKb === undefined ? '' : ' (extrap.)');

/** The targets, each against a baseline measured in the same run. */
export function evaluateTargets(
  scans: readonly ScanSize[],
  loads: readonly PageLoadSummary[],
  live: readonly LivePage[],
  search: SearchResults,
  bundle: BundleResults,
): Target[] {
  const targets: Target[] = [
    {
      name: 'b/a, CPU work (core finder + ranges, no slicing)',
      goal: '≤ 10',
      value: perSize(scans, (scan) => scan.summary.cpuOverFloor),
      pass: scans.every((scan) => scan.summary.cpuOverFloor <= 10),
    },
    {
      name: 'b/a, end to end (load → all marked)',
      goal: '≤ 10',
      value: perSize(scans, (scan) => scan.summary.endToEndOverFloor),
      pass: scans.every((scan) => scan.summary.endToEndOverFloor <= 10),
    },
    {
      name: 'c/b, mark.js vs our CPU work',
      goal: '≥ 100',
      value: perSize(scans, (scan) => scan.summary.markJsOverCpu, extrapolated),
      pass: scans.every((scan) => scan.summary.markJsOverCpu >= 100),
    },
    {
      name: 'c/b, mark.js vs our end to end',
      goal: '≥ 100',
      value: perSize(scans, (scan) => scan.summary.markJsOverEndToEnd, extrapolated),
      pass: scans.every((scan) => scan.summary.markJsOverEndToEnd >= 100),
    },
  ];

  // What the extension adds to the longest frame of each phase, against the same phase without it
  // (the page's own first paint and the layout of new posts are long frames on big pages anyway).
  const problems: string[] = [];
  const check = (label: string, withMs: number, withoutMs: number): void => {
    if (withMs - withoutMs > LONG_TASK_MS) problems.push(`${label} ${ms(withMs)} vs ${ms(withoutMs)} without`);
  };
  for (const load of loads) {
    check(`${pageSize(load.kb)} load:`, load.longestLoadFrameWith, load.longestLoadFrameWithout);
    check(`${pageSize(load.kb)} while marking:`, load.longestScanFrame, load.longestAfterPaintFrameWithout);
    if (load.longestExtensionScriptMs > LONG_TASK_MS) problems.push(`${pageSize(load.kb)} extension script ${ms(load.longestExtensionScriptMs)}`);
  }
  for (const page of live) {
    check(`${pageSize(page.kb)} live:`, page.summary.longestFrameMs, page.summary.longestFramePlainMs);
    if (page.summary.longestExtensionScriptMs > LONG_TASK_MS) {
      problems.push(`${pageSize(page.kb)} live extension script ${ms(page.summary.longestExtensionScriptMs)}`);
    }
  }
  targets.push({
    name: 'no extension task over 50 ms (load, scan, live)',
    goal: '≤ 50 ms added',
    value: problems.length === 0 ? 'none' : problems.join('; '),
    pass: problems.length === 0,
  });
  targets.push({
    name: 'search p95 per query (Node)',
    goal: '≤ 5 ms',
    value: `${ms(search.p95Ms)} (median ${ms(search.medianMs)}, ${count(search.samples)} searches; substring-scan yardstick p95 ${ms(search.baselineP95Ms, 3)}, ${ratio(search.p95Ms / search.baselineP95Ms)})`,
    pass: search.p95Ms <= 5,
  });
  targets.push({
    name: 'content script gzip (content.js)',
    goal: '≤ 40 KB',
    value: `${kb(bundle.contentScriptGzip)} (+ content.css ${kb(bundle.contentCssGzip)})`,
    pass: bundle.contentScriptGzip <= CONTENT_SCRIPT_GZIP_LIMIT,
  });
  return targets;
}
