import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The e2e build (`npm run build:e2e`): the shipped build plus test-only signals (page/test-hooks.ts). */
export const EXTENSION_PATH = resolve('.output/chrome-mv3-e2e');
/** The build users get (`npx wxt build`): what the benchmark's cost figures measure; IMMUUNWIJZER_SHIPPED names another (a copy of an older build, to compare). */
export const SHIPPED_EXTENSION_PATH = resolve(process.env.IMMUUNWIJZER_SHIPPED ?? '.output/chrome-mv3');

/** Debian's Chromium by default; IMMUUNWIJZER_CHROMIUM points at another build. */
export function chromiumPath(): string {
  const path = process.env.IMMUUNWIJZER_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Install it (apt-get install chromium) or set IMMUUNWIJZER_CHROMIUM.`);
  }
  return path;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchWithExtension(extraArgs: string[] = [], extensionPath = EXTENSION_PATH): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...CHROMIUM_ARGS, ...extraArgs],
  });
}
