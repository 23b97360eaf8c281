import { test as base, chromium, type BrowserContext, type Request } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './server/serve';

const EXTENSION_PATH = resolve('.output/chrome-mv3');

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

export async function launchWithExtension(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`, ...CHROMIUM_ARGS],
  });
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Every request the browser made during the test, page and extension alike. */
  requests: Request[];
}

interface WorkerFixtures {
  origin: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  origin: [
    async ({}, use) => {
      const server = await startServer(0);
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  requests: async ({ context }, use) => {
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    await use(requests);
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
