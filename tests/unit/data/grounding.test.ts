import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import type { SourceRef } from '../../../core/data/types';
import { anchoredPassages } from '../../../scripts/lib/seed-text';
import { numbersIn, strengthsIn } from './grounding-rules';
import { fingerprint, needSeeds, seedSections } from './seed-access';

const content = loadContent();
const sourceDates = new Map(content.sources.map((source) => [source.id, source.dateLabel]));

interface Checked {
  label: string;
  /** What a reader sees: the short text and explanation, or the question and answer. */
  text: string;
  refs: SourceRef[];
}

const entries: Checked[] = [
  ...content.glossary.map((entry) => ({ label: `glossary ${entry.id}`, text: `${entry.short}\n${entry.explanation}`, refs: entry.sources })),
  ...content.faq.map((entry) => ({ label: `faq ${entry.id}`, text: `${entry.question}\n${entry.answer}`, refs: entry.sources })),
];
const anchored = entries.filter((entry) => entry.refs.some((ref) => (ref.anchors ?? []).length > 0));

function passagesOf(refs: readonly SourceRef[]): string[] {
  return refs.flatMap((ref) => {
    const section = seedSections?.[ref.source]?.get(ref.section);
    return section === undefined ? [] : (ref.anchors ?? []).flatMap((anchor) => anchoredPassages(section, anchor));
  });
}

describe('grounding rules', () => {
  it('reads numbers, stages and counts, but not the digits of a name', () => {
    expect(numbersIn('Elke 3 weken, in stadium IIIC/IV of 3a; bij PD-L1, CTLA-4 of GNA11 en BRAF V600.')).toEqual(['3', 'iiic', 'iv', '3a']);
    expect(numbersIn('veertien centra, de helft, score 0-1, bel 088-0029747, 50% of meer')).toEqual(['14', 'helft', '0-1', '088-0029747', '50']);
  });

  it('reads strength words, the longer phrase first', () => {
    expect(strengthsIn('Dit zie je bijna nooit. Soms wel.')).toEqual(['bijna nooit', 'soms']);
    expect(strengthsIn('We raden het sterk af. Dat werkt niet altijd, maar meestal wel.')).toEqual(['niet altijd', 'sterk afraden', 'meestal']);
    expect(strengthsIn('Dit is onwaarschijnlijk.')).toEqual(['onwaarschijnlijk']);
  });
});

describe('every fact can be found in its source', () => {
  it('cites sections that are headings of the seed (from the fingerprint, so also in a bare clone)', () => {
    const wrong = entries.flatMap((entry) =>
      entry.refs
        .filter((ref) => !fingerprint.sources[ref.source]?.headings.includes(ref.section))
        .map((ref) => `${entry.label}: ${ref.source} "${ref.section}"`),
    );
    expect(wrong).toEqual([]);
  });

  it('finds every anchor in the section it cites', (context) => {
    needSeeds(context);
    expect(anchored.length).toBeGreaterThan(0);
    const missing = anchored.flatMap((entry) =>
      entry.refs.flatMap((ref) => {
        const section = seedSections![ref.source]?.get(ref.section) ?? '';
        return (ref.anchors ?? []).filter((anchor) => anchoredPassages(section, anchor).length === 0).map((anchor) => `${entry.label}: "${anchor}" not in "${ref.section}"`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('finds every number, stage, interval and count of the text in its anchored passages', (context) => {
    needSeeds(context);
    const unsupported = anchored.flatMap((entry) => {
      // The year of a cited source is a fact about the source (sources.json), not from its text.
      const years = entry.refs.flatMap((ref) => numbersIn(sourceDates.get(ref.source) ?? ''));
      const supported = new Set([...passagesOf(entry.refs).flatMap(numbersIn), ...years]);
      return [...new Set(numbersIn(entry.text))].filter((number) => !supported.has(number)).map((number) => `${entry.label}: ${number}`);
    });
    expect(unsupported).toEqual([]);
  });

  it('finds the numbers of a glossary short text in the passages of the references that back it', (context) => {
    needSeeds(context);
    const unsupported = content.glossary
      .filter((entry) => entry.sources.some((ref) => ref.short && (ref.anchors ?? []).length > 0))
      .flatMap((entry) => {
        const supported = new Set(passagesOf(entry.sources.filter((ref) => ref.short)).flatMap(numbersIn));
        return numbersIn(entry.short).filter((number) => !supported.has(number)).map((number) => `${entry.id}: ${number}`);
      });
    expect(unsupported).toEqual([]);
  });

  it('uses a strength word (altijd, nooit, soms, vaak, meestal, sterk afraden …) only where the source has one as strong', (context) => {
    needSeeds(context);
    const unsupported = anchored.flatMap((entry) => {
      const supported = new Set(passagesOf(entry.refs).flatMap(strengthsIn));
      return strengthsIn(entry.text).filter((word) => !supported.has(word)).map((word) => `${entry.label}: "${word}"`);
    });
    expect(unsupported).toEqual([]);
  });
});
