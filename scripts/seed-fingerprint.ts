/**
 * Writes tests/fixtures/seed-fingerprint.json from the source texts: the seeds (../shared/seeds or
 * $IMMUUNWIJZER_SEEDS) and the source pages (../shared/sources or $IMMUUNWIJZER_SOURCES). Run it
 * when a text or a heading list changes: `npx tsx scripts/seed-fingerprint.ts`. A source whose text
 * is not on this machine keeps its entry of the committed fingerprint (the script says which).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fingerprintSeeds, type SeedFingerprint } from './lib/seed-fingerprint';
import { seedDirectory } from './lib/seed-text';
import { readSourceTexts, sourcesDirectory } from './lib/source-text';

const out = resolve(import.meta.dirname, '../tests/fixtures/seed-fingerprint.json');
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as SeedFingerprint) : undefined;
try {
  const { fingerprint, kept } = fingerprintSeeds(readSourceTexts(), previous);
  writeFileSync(out, `${JSON.stringify(fingerprint, null, 1)}\n`);
  console.log(`Wrote ${out} from ${seedDirectory() ?? '(no seeds)'} and ${sourcesDirectory() ?? '(no source pages)'}`);
  if (kept.length > 0) console.log(`Kept the previous entries (no text here) of ${kept.length}: ${kept.join(', ')}`);
} catch (error) {
  console.error(`${(error as Error).message}: set IMMUUNWIJZER_SEEDS / IMMUUNWIJZER_SOURCES or put the texts in ../shared.`);
  process.exit(1);
}
