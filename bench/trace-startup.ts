/**
 * Where the content script's start-up time goes on the ordinary page: a Chromium performance
 * trace (CDP Tracing, devtools.timeline + v8) of fresh loads of `/large-page.html?kb=25&terms=0`
 * with the shipped build, summed per kind of work on the page's main thread, plus a sampled CPU
 * profile of the extension's own functions. Medians over loads; see bench/README.md.
 *
 *   npx tsx bench/trace-startup.ts [loads=7] [extension paths…, default .output/chrome-mv3]
 *
 * With several builds (say a copy of the previous one and the current one), their loads alternate.
 */
import type { BrowserContext, CDPSession } from '@playwright/test';
import { resolve } from 'node:path';
import { launchWithExtension, SHIPPED_EXTENSION_PATH } from '../testing/launch';
import { startServer } from '../tests/e2e/server/serve';
import { median } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: what the event cost the thread, without the time the OS ran something else. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; stackTrace?: { url: string }[]; frame?: string }; name?: string };
}

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile'];

async function traceLoad(context: BrowserContext, url: string): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolveDone) => cdp.once('Tracing.tracingComplete', () => resolveDone()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.now() > 1500, undefined, { polling: 50 });
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return events;
}

/** The renderer main thread: the thread of the page's ParseHTML events. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.ph === 'X');
  return parse && { pid: parse.pid, tid: parse.tid };
}

/** Sums per kind: extension script (compile, evaluate, calls, GC during them), and the style/layout each load did. */
function breakdown(events: TraceEvent[]): Record<string, number> {
  const thread = mainThread(events);
  const sums: Record<string, number> = {};
  if (!thread) return sums;
  const add = (key: string, us: number | undefined) => (sums[key] = (sums[key] ?? 0) + (us ?? 0) / 1000);
  const own = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const isExtension = (event: TraceEvent) => (event.args?.data?.url ?? '').startsWith('chrome-extension://');
  // The extension's own thread time: its outermost script events (nested ones are inside them).
  let coveredUntil = -1;
  for (const event of own) {
    if (!isExtension(event) || event.ts < coveredUntil) continue;
    coveredUntil = event.ts + event.dur!;
    add('EXTENSION TOTAL (outermost script events, thread time)', event.tdur);
  }
  // Top-level tasks only, so nested events are not counted twice.
  for (const event of own) {
    if (event.name === 'RunTask') add('all tasks', event.tdur);
  }
  for (const event of own) {
    if (!isExtension(event)) continue;
    if (event.name === 'EvaluateScript') {
      add('extension EvaluateScript (compile+run top level)', event.tdur);
      add(`  of which ${new URL(event.args!.data!.url!).pathname}`, event.tdur);
    }
    if (event.name === 'v8.compile' || event.name === 'V8.CompileCode') add('extension v8.compile', event.tdur);
    if (event.name === 'FunctionCall') add('extension FunctionCall (callbacks, timers, promises)', event.tdur);
  }
  for (const event of own) {
    if (event.name === 'UpdateLayoutTree') add('style recalculation (all)', event.tdur);
    if (event.name === 'Layout') add('layout (all)', event.tdur);
  }
  return sums;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** Self time per extension function, from a sampled CPU profile of one load. */
async function profileLoad(context: BrowserContext, url: string): Promise<Map<string, number>> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.now() > 1500, undefined, { polling: 50 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await page.close();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const keyOf = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^chrome-extension:\/\/[^/]+/, '')}:${node.callFrame.lineNumber + 1}`;
  // Inclusive time: each function once per sample, however deep the recursion.
  const total = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let node = byId.get(id); node; node = byId.get(parents.get(node.id) ?? -1)) {
      if (!node.callFrame.url.startsWith('chrome-extension://')) continue;
      const key = keyOf(node);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + delta);
    }
  });
  return total;
}

async function main(): Promise<void> {
  const loads = Number(process.argv[2] ?? 7);
  const extensions = process.argv.slice(3).map((path) => resolve(path));
  if (extensions.length === 0) extensions.push(SHIPPED_EXTENSION_PATH);
  const server = await startServer(0);
  // TRACE_QUERY=kb=100 traces the 100 KB forum instead (its scan ends well inside the 1.5 s window).
  const url = `${server.origin}/large-page.html?${process.env.TRACE_QUERY ?? 'kb=25&terms=0'}`;
  const contexts = await Promise.all(extensions.map((path) => launchWithExtension([], path)));
  try {
    for (const context of contexts) {
      if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
      await traceLoad(context, url); // warm-up: caches, the service worker's first start
    }
    const runs: Record<string, number>[][] = contexts.map(() => []);
    for (let run = 0; run < loads; run++) {
      for (const [index, context] of contexts.entries()) runs[index]!.push(breakdown(await traceLoad(context, url)));
    }
    for (const [index, path] of extensions.entries()) {
      const own = runs[index]!;
      const keys = [...new Set(own.flatMap((run) => Object.keys(run)))];
      console.log(`trace of ${loads} loads of ${url} with ${path}: median thread ms per load`);
      for (const key of keys) console.log(`  ${key.padEnd(56)} ${median(own.map((run) => run[key] ?? 0)).toFixed(2)}`);
      console.log(`  extension total per load: ${own.map((run) => (run['EXTENSION TOTAL (outermost script events, thread time)'] ?? 0).toFixed(1)).join(', ')}`);
    }
    if (process.env.PROFILE !== '1') return;
    for (const [index, context] of contexts.entries()) {
      const totals = new Map<string, number>();
      for (let run = 0; run < loads; run++) {
        for (const [key, ms] of await profileLoad(context, url)) totals.set(key, (totals.get(key) ?? 0) + ms / loads);
      }
      console.log(`CPU profile of ${extensions[index]}, extension functions, mean inclusive ms per load (top 40):`);
      for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${ms.toFixed(2).padStart(6)}  ${key}`);
    }
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
    await server.close();
  }
}

await main();
