import { test as base, chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../../testing/launch';

let bundle: Promise<string> | undefined;

/** The harness bundled once per worker, as the content script's modules are (MODE e2e: test signals on). */
function engineBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./engine-harness.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'import.meta.env.MODE': '"e2e"' },
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

export interface EngineFixtures {
  /** A page with the body given, the engine loaded but not started. */
  enginePage: (bodyHtml: string) => Promise<Page>;
}

export const test = base.extend<EngineFixtures, { engineBrowser: Browser }>({
  engineBrowser: [
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  enginePage: async ({ engineBrowser }, use) => {
    const context = await engineBrowser.newContext();
    await use(async (bodyHtml) => {
      const page = await context.newPage();
      await page.setContent(`<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body>${bodyHtml}</body></html>`);
      await page.addScriptTag({ content: await engineBundle() });
      return page;
    });
    await context.close();
  },
});

export const expect = test.expect;
