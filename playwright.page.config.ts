import { defineConfig } from '@playwright/test';

/** Browser unit tests of the page engine (page/), bundled into plain pages: no extension, no build. */
export default defineConfig({
  testDir: 'tests/page',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
});
