import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import { findAllForms } from '../../../core/finder/find-terms';
import { packTermIndex, unpackTermIndex } from '../../../core/finder/packed-index';
import { buildTermIndex } from '../../../core/finder/term-index';

const glossary = loadContent().glossary;

describe('packed term index', () => {
  it('unpacks to exactly the trie buildTermIndex makes from the whole glossary', () => {
    const built = buildTermIndex(glossary);
    const unpacked = unpackTermIndex(JSON.parse(JSON.stringify(packTermIndex(built))));
    expect(unpacked).toEqual(built);
  });

  it('finds the same forms as the built index in text with every glossary name', () => {
    const text = glossary.flatMap((entry) => [entry.term, ...entry.aliases]).join(', en dan ');
    const built = buildTermIndex(glossary);
    const unpacked = unpackTermIndex(packTermIndex(built));
    const found = findAllForms(unpacked, text);
    expect(found.length).toBeGreaterThan(glossary.length);
    expect(found).toEqual(findAllForms(built, text));
  });

  it('refuses a packed index with numbers left over', () => {
    const packed = packTermIndex(buildTermIndex(glossary));
    expect(() => unpackTermIndex({ ...packed, nodes: `${packed.nodes}00` })).toThrow(/left over/);
  });
});
