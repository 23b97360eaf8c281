/**
 * Writes tests/fixtures/seed-fingerprint.json from the source texts: the seeds (../shared/seeds or
 * $IMMUUNWIJZER_SEEDS) and the source pages (../shared/sources or $IMMUUNWIJZER_SOURCES). Run it
 * when a text or a heading list changes: `npx tsx scripts/seed-fingerprint.ts`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fingerprintSeeds } from './lib/seed-fingerprint';
import { seedDirectory } from './lib/seed-text';
import { readSourceTexts, SOURCE_HEADINGS, sourcesDirectory } from './lib/source-text';

const texts = readSourceTexts();
const missing = Object.keys(SOURCE_HEADINGS).filter((source) => texts[source] === undefined);
if (missing.length > 0) {
  console.error(`No text for ${missing.join(', ')}: set IMMUUNWIJZER_SEEDS / IMMUUNWIJZER_SOURCES or put them in ../shared.`);
  process.exit(1);
}
const out = resolve(import.meta.dirname, '../tests/fixtures/seed-fingerprint.json');
writeFileSync(out, `${JSON.stringify(fingerprintSeeds(texts), null, 1)}\n`);
console.log(`Wrote ${out} from ${seedDirectory()} and ${sourcesDirectory() ?? '(no source pages)'}`);
