import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The browser tests run against the production build; building is `npm run build`'s job. */
export default async function globalSetup(): Promise<void> {
  const manifest = resolve('.output/chrome-mv3/manifest.json');
  if (!existsSync(manifest)) {
    throw new Error('No built extension at .output/chrome-mv3: run `npm run build` first (npm test does).');
  }
  const { buildFixtures } = await import('./server/build-fixtures.mjs');
  await buildFixtures();
}
