import { createHash } from 'node:crypto';
import { SEED_HEADINGS } from './seed-headings';
import { splitSections, words } from './seed-text';

/** Length of the word runs that count as copied text (see docs/content-guide.md). */
export const RUN_LENGTH = 8;

export interface SeedFingerprint {
  /** How the runs were made, so a reader can reproduce them. */
  method: string;
  sources: Record<string, { headings: string[]; runs: string[] }>;
}

/** A run of words as a short hash: the fingerprint must not let anyone read the seed back. */
export function hashRun(run: readonly string[]): string {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 12);
}

/** Every run of RUN_LENGTH consecutive words of the text, hashed. */
export function hashedRuns(text: string): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= list.length; i++) runs.push(hashRun(list.slice(i, i + RUN_LENGTH)));
  return runs;
}

/** The fingerprint of the seeds: their headings (checked against the text) and hashed word runs. */
export function fingerprintSeeds(texts: Record<string, string>): SeedFingerprint {
  const sources: SeedFingerprint['sources'] = {};
  for (const [source, headings] of Object.entries(SEED_HEADINGS)) {
    const raw = texts[source];
    if (raw === undefined) throw new Error(`no seed text for ${source}`);
    splitSections(raw, headings);
    sources[source] = { headings: [...headings], runs: [...new Set(hashedRuns(raw))].sort() };
  }
  return {
    method: `sha256 (first 12 hex digits) of every run of ${RUN_LENGTH} words; words as in scripts/lib/seed-text.ts words()`,
    sources,
  };
}
