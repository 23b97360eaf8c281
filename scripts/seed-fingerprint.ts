/**
 * Writes tests/fixtures/seed-fingerprint.json from the seed documents (../shared/seeds or
 * $IMMUUNWIJZER_SEEDS). Run it when a seed or SEED_HEADINGS changes: `npx tsx scripts/seed-fingerprint.ts`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fingerprintSeeds } from './lib/seed-fingerprint';
import { readSeedTexts, seedDirectory } from './lib/seed-text';

const texts = readSeedTexts();
if (!texts) {
  console.error('No seed documents: set IMMUUNWIJZER_SEEDS or put them in ../shared/seeds.');
  process.exit(1);
}
const out = resolve(import.meta.dirname, '../tests/fixtures/seed-fingerprint.json');
writeFileSync(out, `${JSON.stringify(fingerprintSeeds(texts), null, 1)}\n`);
console.log(`Wrote ${out} from ${seedDirectory()}`);
