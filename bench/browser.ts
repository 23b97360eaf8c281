import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath, EXTENSION_PATH, launchWithExtension, SHIPPED_EXTENSION_PATH } from '../testing/launch';
import type { BenchApi } from './in-page';

/** Which Chromium: without any extension, with the shipped build, or with the e2e build (for its 'drained' signal). */
export type Side = 'none' | 'shipped' | 'e2e';

/** The renderer's own counters (Performance.getMetrics), in ms, for the page's main thread. */
export interface Metrics {
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  styleCount: number;
}

/** bench/in-page.ts as an IIFE (esbuild, not tsx: tsx's name helpers do not exist in the page). */
export async function inPageScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./in-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export async function launch(side: Side, script: string): Promise<BrowserContext> {
  const context =
    side === 'none'
      ? await chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS })
      : await launchWithExtension([], side === 'e2e' ? EXTENSION_PATH : SHIPPED_EXTENSION_PATH);
  if (side !== 'none' && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  await context.addInitScript({ content: script });
  return context;
}

/** A page with the renderer's counters on, and a reader for them. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; metrics: () => Promise<Metrics> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async (): Promise<Metrics> => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => list.find((metric) => metric.name === name)?.value ?? 0;
    return {
      taskMs: value('TaskDuration') * 1000,
      scriptMs: value('ScriptDuration') * 1000,
      styleMs: value('RecalcStyleDuration') * 1000,
      layoutMs: value('LayoutDuration') * 1000,
      styleCount: value('RecalcStyleCount'),
    };
  };
  return { page, metrics };
}

export function minus(after: Metrics, before: Metrics): Metrics {
  return {
    taskMs: after.taskMs - before.taskMs,
    scriptMs: after.scriptMs - before.scriptMs,
    styleMs: after.styleMs - before.styleMs,
    layoutMs: after.layoutMs - before.layoutMs,
    styleCount: after.styleCount - before.styleCount,
  };
}

export function inPage<T>(page: Page, call: (bench: BenchApi) => T | Promise<T>): Promise<T> {
  return page.evaluate(`(${call.toString()})(window.__bench)`) as Promise<T>;
}
