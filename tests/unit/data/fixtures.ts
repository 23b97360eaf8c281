import { readFileSync } from 'node:fs';
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
