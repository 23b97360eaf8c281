import { describe, expect, it } from 'vitest';
import type { FinderEntry } from '../../../core/data/types';
import { findAllForms, findTerms, resolveAmbiguousByRegion } from '../../../core/finder/find-terms';
import { findTermsInParagraphs, paragraphsOf } from '../../../core/finder/paragraph-regions';
import { buildTermIndex } from '../../../core/finder/term-index';

const entry = (id: string, term: string, ambiguous: string[] = []): FinderEntry => ({ id, term, aliases: [], caseSensitive: [], ambiguous });
const index = buildTermIndex([entry('nivolumab', 'nivolumab'), entry('kuur', 'kuur', ['kuur']), entry('mutatie', 'mutatie', ['mutatie'])]);

describe('everyday words per region', () => {
  it('keeps an everyday word only where one of its regions has an unambiguous term', () => {
    const text = 'kuur nivolumab mutatie kuur';
    const matches = findAllForms(index, text);
    // article > section (nivolumab, the first kuur) and the article itself (mutatie); an aside (the last kuur).
    const regions = [['section', 'article'], ['section', 'article'], ['article'], ['aside']];
    const kept = resolveAmbiguousByRegion(matches, (_match, position) => regions[position]!);
    expect(kept.map((match) => match.start)).toEqual([0, 5, 15]);
  });

  it('is the one-region rule when every match has the same region', () => {
    const text = 'kuur en mutatie';
    expect(resolveAmbiguousByRegion(findAllForms(index, text), () => ['page'])).toEqual([]);
    expect(findTerms(index, `${text} nivolumab`).map((match) => match.id)).toEqual(['kuur', 'mutatie', 'nivolumab']);
  });

  it('splits plain text at blank lines, with offsets into the whole text', () => {
    const text = 'Een kuur nivolumab.\n\nNieuws: een mutatie van het virus.\r\n  \r\nNog een kuur.\n';
    expect(paragraphsOf(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Een kuur nivolumab.',
      'Nieuws: een mutatie van het virus.',
      'Nog een kuur.\n',
    ]);
    const found = findTermsInParagraphs(index, text);
    expect(found.map((match) => [match.id, text.slice(match.start, match.end)])).toEqual([
      ['kuur', 'kuur'],
      ['nivolumab', 'nivolumab'],
    ]);
  });

  it('keeps lines of one paragraph together', () => {
    expect(findTermsInParagraphs(index, 'Na nivolumab\nkwam een kuur.').map((match) => match.id)).toEqual(['nivolumab', 'kuur']);
  });
});
