/**
 * `npm run bench`: page scan, live updates, page load, search and bundle size, each against a
 * baseline measured in the same run (see bench/README.md). Prints a table on stdout, progress on
 * stderr, and writes bench/results.json. Needs the built extension (`npx wxt build`) and Chromium.
 *
 *   npm run bench               full run (about 6–10 minutes on 2 cores)
 *   npm run bench -- --quick    a short pass to check the benchmark itself; figures not comparable
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../tests/e2e/server/serve';
import { launchBench, type BenchBrowser } from './bench/browser';
import { bundleInPageScripts } from './bench/bundle-in-page';
import { measureBundle } from './bench/bundle-size';
import { fitLive, measureLiveSide, summariseLive } from './bench/live-updates';
import { parseOptions } from './bench/options';
import { summarisePageLoads } from './bench/page-load';
import { largePageUrl } from './bench/page-url';
import { measurePopup } from './bench/popup';
import { postBatches } from './bench/posts';
import { elapsedSeconds, progress } from './bench/progress';
import { formatReport } from './bench/report';
import type { BenchResults, LiveSide } from './bench/results';
import { measureEndToEnd } from './bench/scan-extension';
import { measurePlainScans, type PlainScan } from './bench/scan-plain';
import { summariseScans } from './bench/scan-summary';
import { measureSearch } from './bench/search';
import { evaluateTargets } from './bench/targets';

const OUTPUT_DIR = resolve('.output/chrome-mv3');
const RESULTS_FILE = resolve('bench/results.json');

interface LiveRun {
  side: LiveSide;
  initialMarks: number;
}

function chromiumVersion(browser: BenchBrowser): string {
  return `Chromium ${browser.context.browser()?.version() ?? 'unknown'}`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(join(OUTPUT_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${OUTPUT_DIR}: run \`npx wxt build\` first.`);
  }
  const startedAt = new Date().toISOString();
  progress('bundling the in-page scripts with esbuild');
  const scripts = await bundleInPageScripts();
  const batches = postBatches(options.livePosts, options.liveBatch);

  const server = await startServer(0);
  let plainScans: PlainScan[];
  const liveWithout = new Map<number, LiveRun>();
  const liveWith = new Map<number, LiveRun>();
  let endToEnd: Awaited<ReturnType<typeof measureEndToEnd>>;
  let popup: Awaited<ReturnType<typeof measurePopup>>;
  let chromium: string;
  try {
    // The server generates each page once; do it now, not inside a timed load.
    for (const kb of new Set([...options.pageKbs, ...options.livePageKbs])) {
      progress(`generating the ${kb} KB page`);
      await (await fetch(largePageUrl(server.origin, kb))).text();
    }

    progress('Chromium without the extension');
    const plain = await launchBench(false, scripts);
    try {
      plainScans = await measurePlainScans(plain, server.origin, scripts, options);
      for (const kb of options.livePageKbs) liveWithout.set(kb, await measureLiveSide(plain, server.origin, kb, batches, scripts));
    } finally {
      await plain.close();
    }

    progress('Chromium with the extension');
    const withExtension = await launchBench(true, scripts);
    try {
      chromium = chromiumVersion(withExtension);
      endToEnd = await measureEndToEnd(withExtension, server.origin, options);
      for (const kb of options.livePageKbs) liveWith.set(kb, await measureLiveSide(withExtension, server.origin, kb, batches, scripts));
      popup = await measurePopup(withExtension, options.popupOpens);
    } finally {
      await withExtension.close();
    }
  } finally {
    await server.close();
  }

  const search = measureSearch(options.searchRounds);
  progress('bundle sizes');
  const bundle = await measureBundle(OUTPUT_DIR);

  const scan = summariseScans(plainScans, endToEnd);
  const pageLoad = summarisePageLoads(scan);
  const live = options.livePageKbs.map((kb) => {
    const withRun = liveWith.get(kb)!;
    return summariseLive(kb, withRun.initialMarks, withRun.side, liveWithout.get(kb)!.side);
  });
  const results: BenchResults = {
    startedAt,
    durationSeconds: elapsedSeconds(),
    quick: options.quick,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      chromium,
      platform: `${platform()} ${release()}`,
    },
    scan,
    live,
    liveFit: fitLive(live),
    pageLoad,
    search,
    popup,
    bundle,
    targets: evaluateTargets(scan, pageLoad, live, search, bundle),
  };
  process.stdout.write(formatReport(results));
  await mkdir(resolve('bench'), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  progress(`wrote ${RESULTS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
