import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAGE_HEADINGS } from './page-headings';
import { SEED_HEADINGS } from './seed-headings';
import { readSeedTexts } from './seed-text';

/** Every source's headings: the two seeds and the source pages. */
export const SOURCE_HEADINGS: Record<string, readonly string[]> = { ...SEED_HEADINGS, ...PAGE_HEADINGS };

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * Where the texts of the source pages are: `$IMMUUNWIJZER_SOURCES` when set (only there), else
 * `../shared/sources` next to the repo. Undefined when neither exists (a bare clone): the pages are
 * other people's text, so the repo keeps only their fingerprint.
 */
export function sourcesDirectory(): string | undefined {
  const dir = process.env.IMMUUNWIJZER_SOURCES ?? resolve(REPO_ROOT, '../shared/sources');
  return existsSync(dir) ? dir : undefined;
}

/** The page texts that are on this machine, by source id (`<id>.txt`); the first line is the address. */
export function readPageTexts(dir = sourcesDirectory()): Record<string, string> {
  if (!dir) return {};
  const texts: Record<string, string> = {};
  for (const source of Object.keys(PAGE_HEADINGS)) {
    const file = resolve(dir, `${source}.txt`);
    if (existsSync(file)) texts[source] = readFileSync(file, 'utf8');
  }
  return texts;
}

/** The address a page text was read from: its first line. */
export function pageAddress(raw: string): string {
  return raw.split('\n', 1)[0]!.trim();
}

/** Every source text on this machine (seeds and pages), by source id; those absent are left out. */
export function readSourceTexts(): Record<string, string> {
  return { ...(readSeedTexts() ?? {}), ...readPageTexts() };
}
