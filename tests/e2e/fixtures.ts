import { test as base, type BrowserContext, type Request } from '@playwright/test';
import { launchWithExtension } from './launch';

export { CHROMIUM_ARGS, chromiumPath, launchWithExtension } from './launch';
import { startServer } from './server/serve';

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
