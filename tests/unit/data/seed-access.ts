import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SeedFingerprint } from '../../../scripts/lib/seed-fingerprint';
import type { TestContext } from 'vitest';
import { readSeedTexts, splitSections } from '../../../scripts/lib/seed-text';

/** Why a seed-text check did not run: said in the test report next to each skipped test. */
export const NO_SEEDS =
  'skipped: seed texts not found (set IMMUUNWIJZER_SEEDS or put them in ../shared/seeds); the fingerprint checks still ran';

/** The committed fingerprint: headings and hashed word runs, enough for a bare clone. */
export const fingerprint = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/seed-fingerprint.json'), 'utf8'),
) as SeedFingerprint;

/** The seed texts, or undefined in a bare clone. */
export const seedTexts = readSeedTexts();

/** Each seed's sections by heading, cut with the fingerprint's headings; undefined in a bare clone. */
export const seedSections: Record<string, Map<string, string>> | undefined =
  seedTexts &&
  Object.fromEntries(
    Object.entries(fingerprint.sources).map(([source, { headings }]) => [source, splitSections(seedTexts[source]!, headings)]),
  );

/** Skips a test that needs the seed texts when they are absent, saying which check did not run. */
export function needSeeds(context: TestContext): void {
  if (seedTexts) return;
  console.warn(`[immuunwijzer] "${context.task.name}" ${NO_SEEDS}`);
  context.skip(NO_SEEDS);
}
