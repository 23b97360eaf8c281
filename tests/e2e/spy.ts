import type { BrowserContext, Page } from '@playwright/test';
import { readSpyRecord, recordSpy, type SpyReport } from '../shared/spy-recorder';

export type { SpyReport } from '../shared/spy-recorder';

/** Installs the spy (tests/shared/spy-recorder.ts) in every page of the context, before any other script. */
export async function installSpy(context: BrowserContext, extensionId: string): Promise<void> {
  await context.addInitScript(recordSpy, extensionId);
}

/** The spy's record plus what the page can read now: highlights, adopted sheets, open shadow roots. */
export async function readSpy(page: Page): Promise<SpyReport> {
  return page.evaluate(readSpyRecord);
}
