import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../e2e/server/serve';
import { launchFirefoxWithExtension } from './launch';

export interface FirefoxSession {
  /** Firefox with the e2e build installed; set once the file's tests start. */
  browser: Browser;
  /** The fixture pages' server (tests/e2e/pages). */
  origin: string;
}

/**
 * One Firefox with the extension and one fixture server for the test file that calls this (at
 * its top level): started before its first test, closed after its last.
 */
export function firefoxForThisFile(): FirefoxSession {
  const session = {} as FirefoxSession;
  let server: { origin: string; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await startServer(0);
    session.origin = server.origin;
    session.browser = await launchFirefoxWithExtension();
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}
