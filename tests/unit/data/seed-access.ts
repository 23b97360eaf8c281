import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestContext } from 'vitest';
import { numbersIn, strengthsIn } from '../../../scripts/lib/grounding-rules';
import { anchorGrams, type SeedFingerprint, type SentencePrint } from '../../../scripts/lib/seed-fingerprint';
import { anchoredPassages, splitSections } from '../../../scripts/lib/seed-text';
import { readSourceTexts } from '../../../scripts/lib/source-text';

/** Why a check of the seed texts did not run: said in the test report next to each skipped test. */
export const NO_SEEDS =
  'skipped: seed texts not found (set IMMUUNWIJZER_SEEDS or put them in ../shared/seeds); the fingerprint checks still ran';

/** The committed fingerprint: headings and hashed word runs (and, for source pages, sentence prints). */
export const fingerprint = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/seed-fingerprint.json'), 'utf8'),
) as SeedFingerprint;

/** The source texts on this machine (seeds and pages), by id; none in a bare clone. */
export const sourceTexts = readSourceTexts();

/** Each source's sections by heading, cut with the fingerprint's headings; only sources whose text is here. */
export const sourceSections: Record<string, Map<string, string>> = Object.fromEntries(
  Object.entries(sourceTexts)
    .filter(([source]) => fingerprint.sources[source])
    .map(([source, raw]) => [source, splitSections(raw, fingerprint.sources[source]!.headings)]),
);

/** What the grounding checks need of an anchor's passages. */
export interface AnchorFacts {
  /** The anchor occurs in the cited section. */
  found: boolean;
  numbers: string[];
  strengths: string[];
}

/** From the text: the sentences of the section in which the anchor occurs. */
function factsFromText(section: string, anchor: string): AnchorFacts {
  const passages = anchoredPassages(section, anchor);
  return { found: passages.length > 0, numbers: passages.flatMap(numbersIn), strengths: passages.flatMap(strengthsIn) };
}

/** Longest run of sentences an anchor of at most seven words can touch. */
const MAX_WINDOW = 4;

/**
 * From the fingerprint (no text): the sentences that hold every word triple of the anchor, or
 * else the first run of sentences that holds them together with the triples across their ends.
 */
export function printedPassages(sentences: readonly SentencePrint[], anchor: string): SentencePrint[] {
  const grams = anchorGrams(anchor);
  if (grams.length === 0) return [];
  const hits = sentences.filter((sentence) => grams.every((gram) => sentence.grams.includes(gram)));
  if (hits.length > 0) return hits;
  // The shortest run of sentences first, so the passage is what the anchor touches and no more.
  for (let length = 2; length <= MAX_WINDOW; length++) {
    for (let start = 0; start + length <= sentences.length; start++) {
      const window = sentences.slice(start, start + length);
      const have = new Set([...window.flatMap((sentence) => sentence.grams), ...window.slice(0, -1).flatMap((sentence) => sentence.joins)]);
      if (grams.every((gram) => have.has(gram))) return window;
    }
  }
  return [];
}

function factsFromPrint(sentences: readonly SentencePrint[], anchor: string): AnchorFacts {
  const passages = printedPassages(sentences, anchor);
  return {
    found: passages.length > 0,
    numbers: passages.flatMap((sentence) => sentence.numbers),
    strengths: passages.flatMap((sentence) => sentence.strengths),
  };
}

/**
 * The facts of an anchor's passages: from the text when it is on this machine, else from the
 * fingerprint's sentence prints (source pages), else undefined (a seed in a bare clone).
 */
export function anchorFacts(source: string, section: string, anchor: string): AnchorFacts | undefined {
  const text = sourceSections[source];
  if (text) return factsFromText(text.get(section) ?? '', anchor);
  const printed = fingerprint.sources[source]?.sections;
  if (printed) return factsFromPrint(printed[section] ?? [], anchor);
  return undefined;
}

/** Whether the anchors of this source can be checked here: its text is here, or it is a page with prints. */
export function canCheck(source: string): boolean {
  return sourceSections[source] !== undefined || fingerprint.sources[source]?.sections !== undefined;
}

/** The same from the fingerprint only, to compare with the text in a test. */
export function anchorFactsFromPrint(source: string, section: string, anchor: string): AnchorFacts | undefined {
  const printed = fingerprint.sources[source]?.sections;
  return printed && factsFromPrint(printed[section] ?? [], anchor);
}

/** Skips a test that needs the seed texts when they are absent, saying which check did not run. */
export function needSeeds(context: TestContext): void {
  if (Object.keys(fingerprint.sources).every((source) => sourceTexts[source] !== undefined)) return;
  console.warn(`[immuunwijzer] "${context.task.name}" ${NO_SEEDS}`);
  context.skip(NO_SEEDS);
}

/** Says in the test report which sources a check could not read (a seed in a bare clone). */
export function warnUnchecked(context: TestContext, sources: Iterable<string>): void {
  const list = [...new Set(sources)].sort();
  if (list.length > 0) console.warn(`[immuunwijzer] "${context.task.name}" did not check ${list.join(', ')}: ${NO_SEEDS}`);
}
