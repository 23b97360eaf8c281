import { describe, expect, it } from 'vitest';
import glossary from '../../../data/glossary.json' with { type: 'json' };
import type { GlossaryEntry } from '../../../core/data/types';
import { findAllForms, type TermMatch } from '../../../core/finder/find-terms';
import { buildTermIndex } from '../../../core/finder/term-index';
import { CHUNK_CHARS, RunMatcher } from '../../../page/run-matches';

const index = buildTermIndex(glossary as GlossaryEntry[]);

function chunked(text: string): TermMatch[] {
  const matcher = new RunMatcher(index, text);
  const all: TermMatch[] = [];
  for (let matches = matcher.next(); matches; matches = matcher.next()) all.push(...matches);
  return all;
}

const plain = (matches: TermMatch[]) => matches.map(({ id, start, end }) => ({ id, start, end }));

describe('RunMatcher: a long text read in chunks finds what one pass finds', () => {
  // Each phrase is placed at every offset around the first chunk's end, so the chunk boundary
  // falls before it, inside each of its parts and after it.
  it.each([
    'het type niet-plaveiselcel longkanker',
    'een anti-CTLA4 middel',
    'het was non-adenocarcinoom, geen quasi-immuuntherapie',
    'de tweedelijnschemotherapie begon',
    'een PD-1-remmer zoals nivolumab',
    'zie www.nivolumab-info.nl voor meer',
  ])('with "%s" on the chunk boundary', (phrase) => {
    const filler = 'Een gewone zin zonder woorden uit de lijst. ';
    for (let shiftBy = 0; shiftBy < phrase.length + 12; shiftBy++) {
      const before = filler.repeat(Math.ceil(CHUNK_CHARS / filler.length) + 1).slice(0, CHUNK_CHARS - shiftBy);
      const text = `${before}${phrase} ${filler.repeat(160)}`;
      expect(plain(chunked(text)), `boundary ${shiftBy} characters into the phrase`).toEqual(plain(findAllForms(index, text)));
    }
  });

  it('reads a text without spaces to its end', () => {
    const text = `${'x'.repeat(CHUNK_CHARS + 100)}-nivolumab-${'y'.repeat(CHUNK_CHARS)}`;
    expect(plain(chunked(text))).toEqual(plain(findAllForms(index, text)));
  });
});
