import type { BrowserContext, Page } from '@playwright/test';

/** What the e2e build reports with each empty queue (page/test-hooks.ts): its work since the last report. */
export interface DrainReport {
  /** performance.now() in the page when the report came. */
  at: number;
  slices: number;
  maxSliceMs: number;
  maxCallbackMs: number;
}

/** Collects every drain report of the page from the first moment. */
export async function recordDrains(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const reports: unknown[] = [];
    (window as unknown as { __drains: unknown[] }).__drains = reports;
    document.addEventListener('immuunwijzer-test:drained', (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail === 'string') reports.push({ ...(JSON.parse(detail) as object), at: performance.now() });
    });
  });
}

export async function drainReports(page: Page, since = 0): Promise<DrainReport[]> {
  return page.evaluate((from) => ((window as unknown as { __drains?: DrainReport[] }).__drains ?? []).filter((report) => report.at >= from), since);
}

/** The extension's longest slice and longest observer callback over these reports. */
export function longestWork(reports: DrainReport[]): { slices: number; maxSliceMs: number; maxCallbackMs: number } {
  return {
    slices: reports.reduce((sum, report) => sum + report.slices, 0),
    maxSliceMs: Math.round(Math.max(0, ...reports.map((report) => report.maxSliceMs))),
    maxCallbackMs: Math.round(Math.max(0, ...reports.map((report) => report.maxCallbackMs))),
  };
}
