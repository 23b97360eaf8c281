import { test as base, selectors, type BrowserContext, type Request } from '@playwright/test';
import { CLOSED_UI_ENGINE, closedUiEngine } from './closed-ui';
import { launchWithExtension } from '../../testing/launch';

export { CHROMIUM_ARGS, chromiumPath, launchWithExtension } from '../../testing/launch';
import { startServer } from './server/serve';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Every request the browser made during the test, page and extension alike. */
  requests: Request[];
}

interface WorkerFixtures {
  origin: string;
  /** The selector engine that reaches the extension's closed shadow root (see closed-ui.ts). */
  closedUiSelectors: void;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  closedUiSelectors: [
    async ({}, use) => {
      await selectors.register(CLOSED_UI_ENGINE, closedUiEngine);
      await use();
    },
    { scope: 'worker', auto: true },
  ],
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
