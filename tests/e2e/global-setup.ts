import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The browser tests run against the e2e build: the production code plus the test-only signals
 * of page/test-hooks.ts (the shipped build has none). Building is `npm run build:e2e`'s job.
 */
export default async function globalSetup(): Promise<void> {
  const manifest = resolve('.output/chrome-mv3-e2e/manifest.json');
  if (!existsSync(manifest)) {
    throw new Error('No e2e build at .output/chrome-mv3-e2e: run `npm run build:e2e` first (npm test does).');
  }
  const { buildFixtures } = await import('./server/build-fixtures.mjs');
  await buildFixtures();
}
