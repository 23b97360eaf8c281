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

  it('rebuilds the compound heads from flags, also where the trie of every form keeps another form of the entry at the path of a head', () => {
    // "breslowdikte" is also the closed form of "Breslow-dikte", inserted first; "performancescore"
    // is also the closed form of the ambiguous "performance score", with other flags than the head.
    const entries = [
      { id: 'breslow', term: 'Breslow-dikte', aliases: ['breslowdikte'], caseSensitive: [], ambiguous: [] },
      { id: 'score', term: 'performance score', aliases: ['performancescore'], caseSensitive: [], ambiguous: ['performance score'] },
      { id: 'chemo', term: 'chemotherapie', aliases: [], caseSensitive: [], ambiguous: [] },
    ];
    const built = buildTermIndex(entries);
    const packed = packTermIndex(built);
    expect(Object.keys(packed).sort()).toEqual(['nodes', 'prefilter', 'terminals']);
    const unpacked = unpackTermIndex(JSON.parse(JSON.stringify(packed)));
    expect(unpacked).toEqual(built);
    const text = 'De tumorbreslowdikte, de WHO-performancescore en de tweedelijnschemotherapie; ook de performance score.';
    expect(findAllForms(unpacked, text)).toEqual(findAllForms(built, text));
    expect(findAllForms(unpacked, text).map((match) => match.text)).toEqual(['tumorbreslowdikte', 'WHO-performancescore', 'tweedelijnschemotherapie', 'performance score']);
  });

  it('refuses a packed index with numbers left over', () => {
    const packed = packTermIndex(buildTermIndex(glossary));
    expect(() => unpackTermIndex({ ...packed, nodes: `${packed.nodes}00` })).toThrow(/left over/);
  });
});
