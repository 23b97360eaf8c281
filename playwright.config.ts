import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // One browser at a time: several tests hold the extension to a 50 ms slice budget, which two
  // browsers sharing a 2-core machine cannot show (the same tests pass alone, fail side by side).
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['./tests/e2e/summary-reporter.ts']] : [['list'], ['./tests/e2e/summary-reporter.ts']],
});
