/**
 * `npm run bench`: what the extension adds to a page's main thread, next to the floor and two
 * peers measured in the same run, plus live updates, search in Node and the bundle size.
 * See bench/README.md. Needs both builds (`npx wxt build`, `npx wxt build --mode e2e`) and Chromium.
 *
 *   npm run bench               full run (about 8–10 minutes on 2 cores)
 *   npm run bench -- --quick    a short pass to check the benchmark itself; figures not comparable
 *   npm run bench -- --ordinary [--repeats=N]   only the ordinary page (start-up cost), N alternating loads
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../core/data/content';
import { EXTENSION_PATH, SHIPPED_EXTENSION_PATH } from '../testing/launch';
import { startServer } from '../tests/e2e/server/serve';
import { inPageScript, launch, type Metrics } from './browser';
import { completion, measureBaseline, observeLive, observeLoad, pageUrl, type Baseline, type BenchPage, type LiveKind, type Load } from './pages';
import { formatReport, type PageRow, type LiveRow, type Results } from './report';
import { measureSearch } from './search';
import { median } from './stats';

const quick = process.argv.includes('--quick');
const ordinaryOnly = process.argv.includes('--ordinary');
const repeatsFlag = process.argv.find((arg) => arg.startsWith('--repeats='));
const REPEATS = repeatsFlag ? Number(repeatsFlag.slice('--repeats='.length)) : quick ? 1 : 5;
const ORDINARY: BenchPage = { label: 'ordinary 25 KB, no medical words', kb: 25, withTerms: false };
const PAGES: BenchPage[] = ordinaryOnly
  ? [ORDINARY]
  : [
      ORDINARY,
      { label: '100 KB forum', kb: 100, withTerms: true },
      { label: '1 MB forum', kb: 1000, withTerms: true },
      ...(quick ? [] : [{ label: '5 MB forum', kb: 5000, withTerms: true }]),
    ];
const LIVE_KB = 100;
const LIVE_COUNT = quick ? 10 : 40;
const LIVE_SENTENCE = 'Ik las vandaag meer over immuuntherapie en de bijwerkingen van nivolumab.';
const MARKJS = resolve('node_modules/mark.js/dist/mark.min.js');

function progress(message: string): void {
  process.stderr.write(`[bench ${Math.round(performance.now() / 1000)} s] ${message}\n`);
}

function medianMetrics(samples: Metrics[]): Metrics {
  const of = (key: keyof Metrics) => median(samples.map((sample) => sample[key]));
  return { taskMs: of('taskMs'), scriptMs: of('scriptMs'), styleMs: of('styleMs'), layoutMs: of('layoutMs'), styleCount: of('styleCount') };
}

/** Every name the product marks: each glossary term and alias, as written in data/glossary.json. */
function glossaryNames(): string[] {
  const names = new Set<string>();
  for (const entry of loadContent().glossary) for (const form of [entry.term, ...entry.aliases]) names.add(form);
  return [...names];
}

async function main(): Promise<void> {
  for (const path of [SHIPPED_EXTENSION_PATH, EXTENSION_PATH]) {
    if (!existsSync(join(path, 'manifest.json'))) throw new Error(`No build at ${path}: run \`npx wxt build\` and \`npx wxt build --mode e2e\`.`);
  }
  const script = await inPageScript();
  const names = glossaryNames();
  const server = await startServer(0);
  const pageRows: PageRow[] = [];
  const liveRows: LiveRow[] = [];
  let chromiumVersion = 'unknown';
  try {
    for (const page of PAGES) await (await fetch(pageUrl(server.origin, page))).text();

    progress('completion with the e2e build');
    const windows = new Map<BenchPage, { windowMs: number; completionMs: number; maxTaskMs: number }>();
    const e2e = await launch('e2e', script);
    try {
      chromiumVersion = e2e.browser()?.version() ?? chromiumVersion;
      for (const page of PAGES) {
        const runs = [];
        for (let run = 0; run < Math.max(2, REPEATS - 2); run++) runs.push(await completion(e2e, pageUrl(server.origin, page)));
        const completionMs = median(runs.map((run) => run.ms));
        // The window every cost load observes: past the slowest completion, with room for the last paint.
        const windowMs = Math.max(...runs.map((run) => run.ms)) * 1.25 + 500;
        windows.set(page, { windowMs, completionMs, maxTaskMs: Math.max(...runs.map((run) => run.maxTaskMs)) });
      }
      for (const kind of (ordinaryOnly ? [] : ['block', 'inline', 'text']) as LiveKind[]) {
        const url = pageUrl(server.origin, PAGES[1]!);
        const live = await observeLive(e2e, url, windows.get(PAGES[1]!)!.windowMs, kind, LIVE_COUNT, LIVE_SENTENCE);
        liveRows.push({ kind, count: LIVE_COUNT, kb: LIVE_KB, extensionMaxTaskMs: live.maxTaskMs, addedMs: [], addedLongFrames: [] });
      }
    } finally {
      await e2e.close();
    }

    progress('cost: the shipped build and no extension, loads alternating');
    const shipped = await launch('shipped', script);
    const none = await launch('none', script);
    try {
      for (const page of PAGES) {
        const url = pageUrl(server.origin, page);
        const { windowMs, completionMs, maxTaskMs } = windows.get(page)!;
        const withExtension: Load[] = [];
        const without: Load[] = [];
        const baselines: Record<Baseline, Metrics[]> = { floor: [], regex: [], markjs: [] };
        const floorMs: number[] = [];
        const marks: Record<Baseline, number> = { floor: 0, regex: 0, markjs: 0 };
        // A 5 MB load takes over a minute for all four sides: three runs keep a full bench near 10 minutes.
        const repeats = page.kb >= 5000 ? Math.min(REPEATS, 3) : REPEATS;
        for (let run = 0; run < repeats; run++) {
          progress(`${page.label}: run ${run + 1} of ${repeats}`);
          withExtension.push(await observeLoad(shipped, url, windowMs));
          without.push(await observeLoad(none, url, windowMs));
          for (const baseline of ['floor', 'regex', 'markjs'] as Baseline[]) {
            if (!page.withTerms && baseline !== 'floor') continue;
            const measured = await measureBaseline(none, url, baseline, names, MARKJS);
            baselines[baseline].push(measured.metrics);
            if (baseline === 'floor') floorMs.push(measured.ownMs);
            marks[baseline] = measured.marks;
          }
        }
        const withMetrics = medianMetrics(withExtension.map((load) => load.metrics));
        const withoutMetrics = medianMetrics(without.map((load) => load.metrics));
        pageRows.push({
          label: page.label,
          kb: page.kb,
          windowMs,
          completionMs,
          extensionMaxTaskMs: maxTaskMs,
          added: {
            taskMs: withMetrics.taskMs - withoutMetrics.taskMs,
            scriptMs: withMetrics.scriptMs - withoutMetrics.scriptMs,
            styleMs: withMetrics.styleMs - withoutMetrics.styleMs,
            layoutMs: withMetrics.layoutMs - withoutMetrics.layoutMs,
            styleCount: withMetrics.styleCount - withoutMetrics.styleCount,
          },
          addedSamples: withExtension.map((load, index) => load.metrics.taskMs - (without[index]?.metrics.taskMs ?? Number.NaN)),
          addedLongFrames: median(withExtension.map((load) => load.longFrames)) - median(without.map((load) => load.longFrames)),
          floorMs: median(floorMs),
          floorTaskMs: median(baselines.floor.map((metrics) => metrics.taskMs)),
          regexMs: median(baselines.regex.map((metrics) => metrics.taskMs)),
          markJsMs: median(baselines.markjs.map((metrics) => metrics.taskMs)),
          regexMarks: marks.regex,
          markJsMarks: marks.markjs,
        });
      }
      for (const row of liveRows) {
        const liveUrl = pageUrl(server.origin, PAGES[1]!);
        for (let run = 0; run < REPEATS; run++) {
          progress(`live ${row.kind}: run ${run + 1} of ${REPEATS}`);
          const windowMs = windows.get(PAGES[1]!)!.windowMs;
          const withLive = await observeLive(shipped, liveUrl, windowMs, row.kind, row.count, LIVE_SENTENCE);
          const withoutLive = await observeLive(none, liveUrl, windowMs, row.kind, row.count, LIVE_SENTENCE);
          row.addedMs.push(withLive.metrics.taskMs - withoutLive.metrics.taskMs);
          row.addedLongFrames.push(withLive.longFrames - withoutLive.longFrames);
        }
      }
    } finally {
      await Promise.all([shipped.close(), none.close()] as Promise<void>[]);
    }
  } finally {
    await server.close();
  }

  progress('search in Node');
  const search = measureSearch(quick ? 20 : 200);
  const size = (path: string) => {
    const file = readFileSync(join(SHIPPED_EXTENSION_PATH, path));
    return { bytes: file.length, gzipBytes: gzipSync(file).length };
  };
  const results: Results = {
    startedAt: new Date().toISOString(),
    quick,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, Chromium ${chromiumVersion}`,
    pages: pageRows,
    live: liveRows,
    search,
    contentScript: size('content-scripts/content.js'),
    engine: size('engine.js'),
  };
  process.stdout.write(formatReport(results));
  await writeFile(resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  progress('wrote bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
