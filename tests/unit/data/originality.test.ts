import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import { fingerprintSeeds, fingerprintSource, hashRun, RUN_LENGTH } from '../../../scripts/lib/seed-fingerprint';
import { words } from '../../../scripts/lib/seed-text';
import { SOURCE_HEADINGS } from '../../../scripts/lib/source-text';
import { fingerprint, sourceTexts } from './seed-access';

const content = loadContent();

/**
 * FAQ questions that are still the seed's sentence (review 2026-12, last finding); the FAQ rewrite
 * removes them from this list as it rewords them, until it is empty.
 */
const QUESTIONS_BEING_REWRITTEN = new Set<string>([]);
const seedRuns = new Set(Object.values(fingerprint.sources).flatMap((source) => source.runs));

/** Every run of RUN_LENGTH words of the text that the seeds also have. */
function copiedRuns(text: string): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= list.length; i++) {
    const run = list.slice(i, i + RUN_LENGTH);
    if (seedRuns.has(hashRun(run))) runs.push(run.join(' '));
  }
  return runs;
}

describe('our own words', () => {
  it('finds a run copied from a seed, and not one of our own (the fingerprint works)', () => {
    // A sentence of the lung FAQ as printed there, and the same fact in our words.
    expect(copiedRuns('Zolang het middel werkt en je lichaam er goed op reageert, krijg je maximaal 2 jaar immuuntherapie.')).not.toEqual([]);
    expect(copiedRuns('Je krijgt immuuntherapie hooguit 2 jaar, zolang het werkt en je het goed verdraagt.')).toEqual([]);
  });

  it('copies no run of eight words from the seeds (checked against the committed fingerprint)', () => {
    const texts: [string, string][] = [
      ...content.glossary.flatMap((entry): [string, string][] => [[entry.id, entry.short], [entry.id, entry.explanation]]),
      ...content.faq.map((entry): [string, string] => [entry.id, entry.answer]),
      ...content.faq.filter((entry) => !QUESTIONS_BEING_REWRITTEN.has(entry.id)).map((entry): [string, string] => [entry.id, entry.question]),
    ];
    const copied = texts.flatMap(([id, text]) => copiedRuns(text).map((run) => `${id}: "${run}"`));
    expect(copied).toEqual([]);
  });

  it('keeps the list of FAQ questions still to be rewritten honest: each one listed still copies', () => {
    const stillCopied = content.faq.filter((entry) => QUESTIONS_BEING_REWRITTEN.has(entry.id) && copiedRuns(entry.question).length > 0);
    expect(stillCopied.map((entry) => entry.id).sort()).toEqual([...QUESTIONS_BEING_REWRITTEN].sort());
  });

  it('has a fingerprint that matches every source text on this machine (run scripts/seed-fingerprint.ts after a change)', (context) => {
    const present = Object.keys(SOURCE_HEADINGS).filter((source) => sourceTexts[source] !== undefined);
    if (present.length === 0) {
      console.warn(`[immuunwijzer] "${context.task.name}" skipped: no source texts on this machine; the fingerprint checks still ran`);
      context.skip();
      return;
    }
    for (const source of present) expect(fingerprintSource(source, sourceTexts[source]!), source).toEqual(fingerprint.sources[source]);
  });

  it('remakes the fingerprint from the texts that are here and keeps the committed entries of the others', () => {
    const [withText, withoutText] = ['lkn-immuuntherapie', 'koptk-longkanker-doelgericht'];
    const texts = Object.fromEntries(Object.keys(SOURCE_HEADINGS).filter((source) => source !== withoutText).map((source) => [source, sourceTexts[source] ?? `${source} eigen tekst\n${SOURCE_HEADINGS[source]!.join('\n')}`]));
    const { fingerprint: made, kept } = fingerprintSeeds(texts, fingerprint);
    expect(kept).toEqual([withoutText]);
    expect(made.sources[withoutText]).toBe(fingerprint.sources[withoutText]);
    expect(made.sources[withText]).toEqual(fingerprintSource(withText, texts[withText]!));
    // An entry whose headings no longer fit cannot be kept, nor one that was never made.
    const stale = structuredClone(fingerprint);
    stale.sources[withoutText]!.headings = ['Een oude kop'];
    expect(() => fingerprintSeeds(texts, stale)).toThrow(/headings changed/);
    expect(() => fingerprintSeeds(texts)).toThrow(/no entry/);
  });

  it('fingerprints exactly the sources that have headings', () => {
    expect(Object.keys(fingerprint.sources).sort()).toEqual(Object.keys(SOURCE_HEADINGS).sort());
  });
});
