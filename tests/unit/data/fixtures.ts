import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(__dirname, '../../fixtures');

export interface Concept {
  id: string;
  name: string;
  variants: string[];
}

/** shared/concepts.tsv as copied into tests/fixtures: every concept the glossary must cover. */
export function readConcepts(): Concept[] {
  const [, ...rows] = readFileSync(resolve(FIXTURES, 'concepts.tsv'), 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [id = '', name = '', variants = ''] = row.split('\t');
    return { id, name, variants: variants.split(',').map((variant) => variant.trim()).filter(Boolean) };
  });
}

/** The seed documents by source id, whitespace collapsed. */
export function readSeeds(): Record<string, string> {
  const files = readdirSync(resolve(FIXTURES, 'seeds'));
  const read = (prefix: string) => {
    const file = files.find((name) => name.startsWith(prefix));
    if (!file) throw new Error(`seed ${prefix} missing from tests/fixtures/seeds`);
    return readFileSync(resolve(FIXTURES, 'seeds', file), 'utf8').replace(/\s+/g, ' ');
  };
  return { 'lkn-immuuntherapie': read('000_'), 'sm-melanoom-2017': read('003_') };
}

/** Lower-case words without punctuation, for comparing runs of words. Web addresses are facts, not prose. */
export function words(text: string): string[] {
  return text
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}
