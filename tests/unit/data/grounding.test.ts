import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import type { SourceRef } from '../../../core/data/types';
import { PAGE_HEADINGS } from '../../../scripts/lib/page-headings';
import { printSection } from '../../../scripts/lib/seed-fingerprint';
import { pageAddress } from '../../../scripts/lib/source-text';
import { numbersIn, strengthsIn } from '../../../scripts/lib/grounding-rules';
import { anchorFacts, anchorFactsFromPrint, type AnchorFacts, canCheck, fingerprint, printedPassages, sourceSections, sourceTexts, warnUnchecked } from './seed-access';

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

/** The facts of the anchored passages of the references; `unchecked` collects the sources no text or print covers. */
function factsOf(refs: readonly SourceRef[], unchecked: string[]): AnchorFacts[] {
  return refs.flatMap((ref) =>
    (ref.anchors ?? []).flatMap((anchor) => {
      const facts = anchorFacts(ref.source, ref.section, anchor);
      if (!facts) unchecked.push(ref.source);
      return facts ? [facts] : [];
    }),
  );
}

const pageSources = new Set(Object.keys(PAGE_HEADINGS));

describe('grounding rules', () => {
  it('reads numbers, stages and counts, but not the digits of a name', () => {
    expect(numbersIn('Elke 3 weken, in stadium IIIC/IV of 3a; bij PD-L1, CTLA-4 of GNA11 en BRAF V600.')).toEqual(['3', 'iiic', 'iv', '3a']);
    expect(numbersIn('veertien centra, de helft, score 0-1, bel 088-0029747, 50% of meer')).toEqual(['14', 'helft', '0-1', '0', '1', '088-0029747', '088', '0029747', '50']);
  });

  it('reads strength words, the longer phrase first', () => {
    expect(strengthsIn('Dit zie je bijna nooit. Soms wel.')).toEqual(['bijna nooit', 'soms']);
    expect(strengthsIn('We raden het sterk af. Dat werkt niet altijd, maar meestal wel.')).toEqual(['niet altijd', 'sterk afraden', 'meestal']);
    expect(strengthsIn('Dit is onwaarschijnlijk.')).toEqual(['onwaarschijnlijk']);
  });
});

describe('every fact can be found in its source', () => {
  it('cites sections that are headings of the source (from the fingerprint, so also in a bare clone)', () => {
    const wrong = entries.flatMap((entry) =>
      entry.refs
        .filter((ref) => !fingerprint.sources[ref.source]?.headings.includes(ref.section))
        .map((ref) => `${entry.label}: ${ref.source} "${ref.section}"`),
    );
    expect(wrong).toEqual([]);
  });

  it('finds every anchor in the section it cites (from the text, or for a source page from its fingerprint)', (context) => {
    expect(anchored.length).toBeGreaterThan(0);
    const unchecked: string[] = [];
    const missing = anchored.flatMap((entry) =>
      entry.refs.flatMap((ref) =>
        (ref.anchors ?? []).flatMap((anchor) => {
          const facts = anchorFacts(ref.source, ref.section, anchor);
          if (!facts) unchecked.push(ref.source);
          return facts && !facts.found ? [`${entry.label}: "${anchor}" not in ${ref.source} "${ref.section}"`] : [];
        }),
      ),
    );
    warnUnchecked(context, unchecked);
    expect(missing).toEqual([]);
  });

  it('finds every number, stage, interval and count of the text in its anchored passages', (context) => {
    const unchecked: string[] = [];
    const unsupported = anchored.flatMap((entry) => {
      // The year of a cited source is a fact about the source (sources.json), not from its text.
      const years = entry.refs.flatMap((ref) => numbersIn(sourceDates.get(ref.source) ?? ''));
      const facts = factsOf(entry.refs, unchecked);
      // An entry with a reference no text or print covers cannot be judged here.
      if (!entry.refs.every((ref) => canCheck(ref.source))) return [];
      const supported = new Set([...facts.flatMap((fact) => fact.numbers), ...years]);
      return [...new Set(numbersIn(entry.text))].filter((number) => !supported.has(number)).map((number) => `${entry.label}: ${number}`);
    });
    warnUnchecked(context, unchecked);
    expect(unsupported).toEqual([]);
  });

  it('finds the numbers of a glossary short text in the passages of the references that back it', (context) => {
    const unchecked: string[] = [];
    const unsupported = content.glossary
      .filter((entry) => entry.sources.some((ref) => ref.short && (ref.anchors ?? []).length > 0))
      .flatMap((entry) => {
        const backing = entry.sources.filter((ref) => ref.short);
        const facts = factsOf(backing, unchecked);
        if (!backing.every((ref) => canCheck(ref.source))) return [];
        const supported = new Set(facts.flatMap((fact) => fact.numbers));
        return numbersIn(entry.short).filter((number) => !supported.has(number)).map((number) => `${entry.id}: ${number}`);
      });
    warnUnchecked(context, unchecked);
    expect(unsupported).toEqual([]);
  });

  it('uses a strength word (altijd, nooit, soms, vaak, meestal, sterk afraden …) only where the source has one as strong', (context) => {
    const unchecked: string[] = [];
    const unsupported = anchored.flatMap((entry) => {
      const facts = factsOf(entry.refs, unchecked);
      if (!entry.refs.every((ref) => canCheck(ref.source))) return [];
      const supported = new Set(facts.flatMap((fact) => fact.strengths));
      return strengthsIn(entry.text).filter((word) => !supported.has(word)).map((word) => `${entry.label}: "${word}"`);
    });
    warnUnchecked(context, unchecked);
    expect(unsupported).toEqual([]);
  });
});

describe('source pages can be checked without their text', () => {
  it('finds an anchor and its numbers from the sentence prints alone, also across a sentence end, and not a phrase that is absent', () => {
    const prints = printSection('Je slikt 2 tabletten per dag. Soms krijg je koorts. Bel dan het ziekenhuis.');
    expect(printedPassages(prints, 'slikt 2 tabletten').flatMap((sentence) => sentence.numbers)).toEqual(['2']);
    expect(printedPassages(prints, 'krijg je koorts. Bel dan').flatMap((sentence) => sentence.strengths)).toEqual(['soms']);
    expect(printedPassages(prints, 'krijg je koorts. Bel dan')).toHaveLength(2);
    expect(printedPassages(prints, 'slikt 3 tabletten')).toEqual([]);
    expect(printedPassages(prints, 'tabletten per week')).toEqual([]);
  });

  it('gives every anchor on a source page at least three words (the bare-clone check reads word triples)', () => {
    const short = anchored.flatMap((entry) =>
      entry.refs
        .filter((ref) => pageSources.has(ref.source))
        .flatMap((ref) => (ref.anchors ?? []).filter((anchor) => anchor.trim().split(/\s+/).length < 3).map((anchor) => `${entry.label}: "${anchor}"`)),
    );
    expect(short).toEqual([]);
  });

  it('has a print of every section of every source page in the fingerprint', () => {
    const missing = Object.entries(PAGE_HEADINGS).flatMap(([source, headings]) =>
      headings.filter((heading) => fingerprint.sources[source]?.sections?.[heading] === undefined).map((heading) => `${source}: "${heading}"`),
    );
    expect(missing).toEqual([]);
  });

  it('judges every anchor from the fingerprint as it does from the text (so CI checks what this machine checks)', (context) => {
    const present = [...pageSources].filter((source) => sourceSections[source]);
    if (present.length === 0) {
      console.warn(`[immuunwijzer] "${context.task.name}" skipped: no source page texts (IMMUUNWIJZER_SOURCES or ../shared/sources)`);
      context.skip();
      return;
    }
    const differ = anchored.flatMap((entry) =>
      entry.refs
        .filter((ref) => present.includes(ref.source))
        .flatMap((ref) =>
          (ref.anchors ?? []).flatMap((anchor) => {
            const fromText = anchorFacts(ref.source, ref.section, anchor)!;
            const fromPrint = anchorFactsFromPrint(ref.source, ref.section, anchor)!;
            const same =
              fromText.found === fromPrint.found &&
              [...new Set(fromText.numbers)].sort().join() === [...new Set(fromPrint.numbers)].sort().join() &&
              [...new Set(fromText.strengths)].sort().join() === [...new Set(fromPrint.strengths)].sort().join();
            return same ? [] : [`${entry.label}: "${anchor}"`];
          }),
        ),
    );
    expect(differ).toEqual([]);
  });

  it('keeps each page text with its address on the first line, the one sources.json gives', () => {
    const wrong = Object.keys(PAGE_HEADINGS)
      .filter((source) => sourceTexts[source] !== undefined)
      .filter((source) => pageAddress(sourceTexts[source]!) !== content.sources.find((entry) => entry.id === source)?.url);
    expect(wrong).toEqual([]);
  });

  it('has a sources.json entry for every source with headings, and headings for every source', () => {
    expect(content.sources.map((source) => source.id).sort()).toEqual(Object.keys(fingerprint.sources).sort());
  });
});

describe('every glossary fact is anchored (checked without the seed texts too)', () => {
  it('gives every source reference of every glossary entry at least one anchor', () => {
    const bare = content.glossary.flatMap((entry) =>
      entry.sources.filter((ref) => (ref.anchors ?? []).length === 0).map((ref) => `${entry.id}: "${ref.section}"`),
    );
    expect(bare).toEqual([]);
  });

  it('backs the short text of every entry that is not a general explanation, and of no general one', () => {
    const unbacked = content.glossary.filter((entry) => !entry.general && !entry.sources.some((ref) => ref.short)).map((entry) => entry.id);
    const generalButCited = content.glossary.filter((entry) => entry.general && entry.sources.some((ref) => ref.short)).map((entry) => entry.id);
    expect(unbacked).toEqual([]);
    expect(generalButCited).toEqual([]);
  });
});
