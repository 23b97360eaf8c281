import type { BenchResults } from './results';
import { max, median } from './stats';
import { count, kb, ms, pageSize, ratio, table } from './table';

/** How the end-to-end runs saw the last mark: "highlight", or "quiet ±N ms, P painted" (medians). */
function seenVia(runs: BenchResults['scan'][number]['endToEnd']): string {
  const methods = [...new Set(runs.map((run) => run.method))];
  if (methods.length === 1 && methods[0] === 'highlight') return 'highlight';
  const other = runs.filter((run) => run.method !== 'highlight');
  const painted = median(other.map((run) => run.painted));
  return `${methods.join('+')} ±${ms(median(other.map((run) => run.uncertaintyMs)))}, ${count(painted)} painted`;
}

function scanSection(results: BenchResults): string {
  const rows = results.scan.map((scan) => {
    const s = scan.summary;
    const markJs = scan.markJsExtrapolatedFromKb === undefined ? ms(s.markJsMs) : `~${ms(s.markJsMs)}*`;
    return [
      pageSize(scan.kb),
      count(scan.textChars),
      count(scan.expectedMarks),
      ms(s.floorMs),
      ms(s.cpuMs),
      ms(s.endToEndMs),
      markJs,
      ratio(s.cpuOverFloor),
      ratio(s.endToEndOverFloor),
      ratio(s.markJsOverCpu),
      ratio(s.markJsOverEndToEnd),
    ];
  });
  const breakdown = results.scan.map((scan) => [
      pageSize(scan.kb),
      ms(median(scan.cpu.map((cpu) => cpu.indexMs))),
      ms(median(scan.cpu.map((cpu) => cpu.fullMs))),
      ms(median(scan.cpu.map((cpu) => cpu.walkMs))),
      ms(median(scan.cpu.map((cpu) => cpu.findMs))),
      ms(median(scan.cpu.map((cpu) => cpu.rangesMs))),
      ms(scan.summary.endToEndFromRegisteredMs),
      seenVia(scan.endToEnd),
      count(scan.markJs[0]?.marks ?? scan.summary.markJsMarks),
  ]);
  const markJsNote = results.scan
    .map((scan) =>
      scan.markJsExtrapolatedFromKb === undefined
        ? `${pageSize(scan.kb)}: ${scan.markJs.length} run(s)`
        : `${pageSize(scan.kb)}: * not run, scaled by text length from ${pageSize(scan.markJsExtrapolatedFromKb)}`,
    )
    .join('; ');
  return [
    '1. Page scan (Chromium headless; medians; (a) and (c) without the extension, (b) with it)',
    table(['page', 'text chars', 'terms', '(a) floor', '(b) CPU', '(b) end-to-end', '(c) mark.js', 'b/a CPU', 'b/a e2e', 'c/b CPU', 'c/b e2e'], rows),
    `   (a) TreeWalker over every text node, charCodeAt hash. (b) CPU = buildTermIndex + runs + findAllForms + StaticRange + MarkRegistry in one go;`,
    '   end-to-end = page load event → every term marked (slicing and rendering included): seen in the highlight at a frame, or, where the product',
    '   paints only marks near the screen, as the end of the main thread\'s work (DevTools Performance.getMetrics) checked against its own count.',
    `   mark.js: ${markJsNote}.`,
    '',
    table(['(b) CPU breakdown', 'index', 'scan', 'walk: text runs', 'find: core finder', 'ranges + registry', 'e2e from registry', 'e2e seen via', 'mark.js marks'], breakdown),
  ].join('\n');
}

function liveSection(results: BenchResults): string {
  const first = results.live[0];
  const batches = first?.withExtension.batches.length ?? 0;
  const rows = results.live.map((page) => {
    const s = page.summary;
    return [
      pageSize(page.kb),
      count(page.initialMarks),
      count(s.medianBatchChars),
      ms(s.medianBatchMs),
      ms(s.p95BatchMs),
      ms(s.medianBatchPlainMs),
      ms(s.medianExtensionMs),
      `${ms(s.firstBatchesMs)} → ${ms(s.lastBatchesMs)}`,
      count(s.marksBeforeLastBatch),
      `${ms(s.longestFrameMs)} / ${ms(s.longestFramePlainMs)}`,
      ms(s.longestExtensionScriptMs),
      [...new Set(page.withExtension.batches.map((batch) => batch.method))].join(' → '),
    ];
  });
  const fit = results.liveFit;
  return [
    `2. Live updates (${batches} batches of posts appended to an already marked page; append → batch marked, seen as in section 1)`,
    table(
      ['page', 'marks before', 'batch chars', 'batch median', 'p95', 'no ext median', 'ext share', 'first 5 → last 5', 'marks at last', 'longest frame / no ext', 'ext script', 'seen via'],
      rows,
    ),
    `   Extension share per batch (with − without) against marks already on the page, ${fit.batches} batches: ` +
      `${ms(fit.interceptMs)} + ${ms(fit.msPerThousandMarks)} per 1,000 marks (r² ${fit.r2.toFixed(2)}).`,
  ].join('\n');
}

function loadSection(results: BenchResults): string {
  const rows = results.pageLoad.map((load) => [
    pageSize(load.kb),
    `${ms(load.domContentLoadedMsWith)} / ${ms(load.domContentLoadedMsWithout)}`,
    `${ms(load.loadMsWith)} / ${ms(load.loadMsWithout)}`,
    `${ms(load.longestLoadFrameWith)} / ${ms(load.longestLoadFrameWithout)}`,
    `${ms(load.longestTaskWith)} / ${ms(load.longestTaskWithout)}`,
    count(load.longScanFrames),
    `${ms(load.longestScanFrame)} / ${ms(load.longestAfterPaintFrameWithout)}`,
    ms(load.scanRenderMs),
    ms(load.scanBlockingMs),
    ms(load.longestExtensionScriptMs),
  ]);
  const sources = new Map<string, number>();
  for (const load of results.pageLoad) {
    for (const [source, duration] of Object.entries(load.scriptSources)) sources.set(source, Math.max(sources.get(source) ?? 0, duration));
  }
  const sourceList = [...sources].map(([source, duration]) => `${source} (up to ${ms(duration)})`).join('; ');
  return [
    '3. Page load (with / without extension; long-animation-frame entries of 50 ms or more; medians of each run\'s figure, "marking" columns worst run)',
    table(
      ['page', 'DOMContentLoaded', 'load', 'longest load frame', 'longest task', 'frames marking', 'longest marking / after paint', 'render', 'blocking', 'ext script'],
      rows,
    ),
    '   Load frame: before the content script\'s highlight exists (with) or to load + 1 s (without): the page\'s own first layout.',
    '   Marking: from then to the last mark; without the extension, the same page after its first paint. Render/blocking: sums while marking.',
    `   Scripts attributed in long frames: ${sourceList || 'none'}; chrome-extension:// sources: ${sourceList.includes('chrome-extension:') ? 'see above' : 'none reported'}.`,
  ].join('\n');
}

function searchSection(results: BenchResults): string {
  const { search, popup } = results;
  const slowest = [...search.perQuery].sort((a, b) => b.p95Ms - a.p95Ms).slice(0, 5);
  return [
    `4. Search (Node: createSearcher ${ms(search.createSearcherMs)}; ${count(search.samples)} searches over ${search.perQuery.length} queries)`,
    table(
      ['query (slowest by p95)', 'median', 'p95', 'results', 'first result'],
      [
        ...slowest.map((query) => [JSON.stringify(query.query), ms(query.medianMs, 3), ms(query.p95Ms, 3), String(query.results), query.first]),
        ['all queries', ms(search.medianMs, 3), ms(search.p95Ms, 3), '', `max ${ms(search.maxMs)}`],
        ['yardstick: substring scan of all text', ms(search.baselineMedianMs, 3), ms(search.baselineP95Ms, 3), '', `search p95 = ${ratio(search.p95Ms / search.baselineP95Ms)}`],
      ],
    ),
    '',
    table(
      [`popup (${popup.opens} opens)`, 'median', 'max'],
      [
        ['search box present (from navigation start)', ms(popup.summary.searchPresentMs), ms(max(popup.searchPresentMs))],
        ['first contentful paint', ms(popup.summary.firstContentfulPaintMs), ms(max(popup.firstContentfulPaintMs))],
        ...popup.firstResultMs.map((query) => [
          `input "${query.query}" → first result in DOM`,
          ms(median(query.ms)),
          ms(max(query.ms)),
        ]),
      ],
    ),
  ].join('\n');
}

function bundleSection(results: BenchResults): string {
  const { bundle } = results;
  return [
    '5. Bundle (.output/chrome-mv3; gzip -9)',
    table(
      ['file', 'bytes', 'gzip'],
      [...bundle.files.map((file) => [file.file, count(file.bytes), kb(file.gzip)]), ['total', count(bundle.totalBytes), kb(bundle.totalGzip)]],
    ),
  ].join('\n');
}

function targetSection(results: BenchResults): string {
  return [
    'Targets',
    table(
      ['target', 'goal', 'result', 'measured'],
      results.targets.map((target) => [target.name, target.goal, target.pass ? 'PASS' : 'MISS', target.value]),
    ),
  ].join('\n');
}

export function formatReport(results: BenchResults): string {
  const { machine } = results;
  return [
    `Immuunwijzer benchmark, ${results.startedAt}${results.quick ? ' (--quick: figures not for comparison)' : ''}`,
    `${machine.cpus} × ${machine.cpuModel}, ${machine.platform}, Node ${machine.node}, ${machine.chromium}; took ${results.durationSeconds.toFixed(0)} s`,
    '',
    scanSection(results),
    '',
    liveSection(results),
    '',
    loadSection(results),
    '',
    searchSection(results),
    '',
    bundleSection(results),
    '',
    targetSection(results),
    '',
  ].join('\n');
}
