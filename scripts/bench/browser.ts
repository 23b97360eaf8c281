import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, launchWithExtension } from '../../tests/e2e/launch';
import type { InPageScripts } from './bundle-in-page';
import type { BenchWindow, ProbeSnapshot } from './page-api';

export interface BenchBrowser {
  context: BrowserContext;
  withExtension: boolean;
  /** chrome-extension://<id>, with the extension only. */
  extensionOrigin: string | undefined;
  close(): Promise<void>;
}

/**
 * A Debian Chromium with the same launch arguments as the e2e tests, with the built extension
 * (launchWithExtension) or without any. Every page gets the probe as an init script; with the
 * extension the probe polls the product's highlight from the first frame.
 */
export async function launchBench(withExtension: boolean, scripts: InPageScripts): Promise<BenchBrowser> {
  const context = withExtension
    ? await launchWithExtension()
    : await chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  await context.addInitScript({ content: scripts.probe({ poll: withExtension }) });
  await context.addInitScript({ content: scripts.popupProbe });
  let extensionOrigin: string | undefined;
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  }
  return { context, withExtension, extensionOrigin, close: () => context.close() };
}

export async function injectTools(page: Page, scripts: InPageScripts): Promise<void> {
  await page.addScriptTag({ content: scripts.tools });
}

export function probeSnapshot(page: Page): Promise<ProbeSnapshot> {
  return page.evaluate(() => (window as unknown as BenchWindow).__benchProbe.snapshot());
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
