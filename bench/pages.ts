import type { BrowserContext } from '@playwright/test';
import type { BenchApi } from './in-page';
import { inPage, minus, openPage, type Metrics } from './browser';

export interface BenchPage {
  label: string;
  kb: number;
  withTerms: boolean;
}

export function pageUrl(origin: string, page: BenchPage): string {
  return `${origin}/large-page.html?kb=${page.kb}${page.withTerms ? '' : '&terms=0'}`;
}

export interface Load {
  /** From the navigation's commit to the end of the observation window. */
  metrics: Metrics;
  longFrames: number;
  longFrameMs: number;
}

/**
 * One fresh load, counted from its commit until `windowMs` after navigation start and one more
 * painted frame: with and without the extension, the same window, so the difference is what the
 * extension adds (start-up, scan, painting, and the style work its highlights cause).
 */
export async function observeLoad(context: BrowserContext, url: string, windowMs: number): Promise<Load> {
  const { page, metrics } = await openPage(context);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const before = await metrics();
    await page.waitForLoadState('load', { timeout: 120_000 });
    await page.waitForFunction((until) => performance.now() >= until, windowMs, { timeout: 120_000, polling: 50 });
    await inPage(page, (bench) => bench.painted());
    const after = await metrics();
    const frames = await inPage(page, (bench) => bench.longFrames());
    return { metrics: minus(after, before), longFrames: frames.length, longFrameMs: frames.reduce((total, frame) => total + frame.duration, 0) };
  } finally {
    await page.close();
  }
}

export interface Completion {
  /** Navigation start to the first 'drained' signal of the e2e build. */
  ms: number;
  /** The extension's longest task (scan slice or observer callback), as the e2e build reports it. */
  maxTaskMs: number;
}

/** The e2e build's own "queue drained" signal, instead of guessing when the extension is done. */
export async function completion(context: BrowserContext, url: string): Promise<Completion> {
  const { page } = await openPage(context);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: { drained(): { drains: number } } }).__bench.drained().drains > 0, undefined, {
      timeout: 120_000,
    });
    const drained = await inPage(page, (bench) => bench.drained());
    return { ms: drained.lastDrainAt, maxTaskMs: Math.max(drained.maxSliceMs, drained.maxCallbackMs) };
  } finally {
    await page.close();
  }
}

export type Baseline = 'floor' | 'regex' | 'markjs';

/** A baseline on a fresh load without the extension: its main-thread time, including the style and paint it causes. */
export async function measureBaseline(
  context: BrowserContext,
  url: string,
  baseline: Baseline,
  names: string[],
  markJsPath: string,
): Promise<{ metrics: Metrics; marks: number; ownMs: number }> {
  const { page, metrics } = await openPage(context);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (baseline === 'markjs') await page.addScriptTag({ path: markJsPath });
    await inPage(page, (bench) => bench.painted());
    const before = await metrics();
    const marks = await page.evaluate(
      ([kind, list]) => {
        const bench = (window as unknown as { __bench: BenchApi }).__bench;
        if (kind === 'floor') return bench.floor();
        return kind === 'regex' ? bench.regexHighlighter(list) : bench.markJsRegExp(list);
      },
      [baseline, names] as const,
    );
    const after = await metrics();
    // For the floor the call reports its own duration instead of marks.
    return baseline === 'floor' ? { metrics: minus(after, before), marks: 0, ownMs: marks } : { metrics: minus(after, before), marks, ownMs: Number.NaN };
  } finally {
    await page.close();
  }
}

export type LiveKind = 'block' | 'inline' | 'text';

/** Live updates after the page has settled: main-thread time and long frames during them only. */
export async function observeLive(
  context: BrowserContext,
  url: string,
  windowMs: number,
  kind: LiveKind,
  count: number,
  sentence: string,
): Promise<Load & { maxTaskMs: number }> {
  const { page, metrics } = await openPage(context);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction((until) => performance.now() >= until, windowMs, { timeout: 120_000, polling: 50 });
    await inPage(page, (bench) => bench.painted());
    const before = await metrics();
    const since = await inPage(page, (bench) => bench.now());
    await inPage(page, (bench) => bench.resetWork());
    await page.evaluate(([what, times, text]) => (window as unknown as { __bench: BenchApi }).__bench.liveUpdates(what, times, text), [kind, count, sentence] as const);
    await page.waitForFunction((until) => performance.now() >= until, (await inPage(page, (bench) => bench.now())) + 300, { polling: 50 });
    await inPage(page, (bench) => bench.painted());
    const after = await metrics();
    const frames = await page.evaluate((from) => (window as unknown as { __bench: BenchApi }).__bench.longFrames(from), since);
    const drained = await inPage(page, (bench) => bench.drained());
    return {
      metrics: minus(after, before),
      longFrames: frames.length,
      longFrameMs: frames.reduce((total, frame) => total + frame.duration, 0),
      maxTaskMs: Math.max(drained.maxSliceMs, drained.maxCallbackMs),
    };
  } finally {
    await page.close();
  }
}
