import { createHash } from 'node:crypto';
import { numbersIn, strengthsIn } from './grounding-rules';
import { PAGE_HEADINGS } from './page-headings';
import { splitSections, splitSentences, words } from './seed-text';
import { SOURCE_HEADINGS } from './source-text';

/** Length of the word runs that count as copied text (see docs/content-guide.md). */
export const RUN_LENGTH = 8;

/** Length of the word runs that let a bare clone find an anchor in a section without its text. */
export const ANCHOR_GRAM_LENGTH = 3;

/** One sentence of a section, as much as the grounding checks need and no more. */
export interface SentencePrint {
  /** Hashed runs of ANCHOR_GRAM_LENGTH words inside the sentence. */
  grams: string[];
  /** Hashed runs that start in this sentence and end in the next (an anchor may cross a sentence end). */
  joins: string[];
  /** numbersIn() of the sentence: numbers are facts, so they are stored as they are. */
  numbers: string[];
  /** strengthsIn() of the sentence. */
  strengths: string[];
}

export interface SourcePrint {
  headings: string[];
  /** Hashed runs of RUN_LENGTH words of the whole text: the originality check. */
  runs: string[];
  /** Source pages only (not the seeds): per heading, its sentences, so anchors and numbers are checked in a bare clone. */
  sections?: Record<string, SentencePrint[]>;
}

export interface SeedFingerprint {
  /** How the runs were made, so a reader can reproduce them. */
  method: string;
  sources: Record<string, SourcePrint>;
}

/** A run of words as a short hash: the fingerprint must not let anyone read the source back. */
export function hashRun(run: readonly string[]): string {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 12);
}

/** Every run of `length` consecutive words of the list, hashed. */
function hashedGrams(list: readonly string[], length: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i + length <= list.length; i++) runs.push(hashRun(list.slice(i, i + length)));
  return runs;
}

/** Every run of RUN_LENGTH consecutive words of the text, hashed. */
export function hashedRuns(text: string): string[] {
  return hashedGrams(words(text), RUN_LENGTH);
}

/** The hashed anchor grams of a phrase (none when it has fewer than ANCHOR_GRAM_LENGTH words). */
export function anchorGrams(anchor: string): string[] {
  return hashedGrams(words(anchor), ANCHOR_GRAM_LENGTH);
}

/** The sentences of a section as prints: their grams, the grams across each sentence end, numbers, strengths. */
export function printSection(section: string): SentencePrint[] {
  const sentences = splitSentences(section).map(words);
  return splitSentences(section).map((sentence, index) => {
    const own = sentences[index]!;
    const next = sentences[index + 1] ?? [];
    const across = [...own.slice(-(ANCHOR_GRAM_LENGTH - 1)), ...next.slice(0, ANCHOR_GRAM_LENGTH - 1)];
    const joins = next.length === 0 ? [] : hashedGrams(across, ANCHOR_GRAM_LENGTH);
    return {
      grams: [...new Set(hashedGrams(own, ANCHOR_GRAM_LENGTH))].sort(),
      joins: [...new Set(joins)].sort(),
      numbers: [...new Set(numbersIn(sentence))],
      strengths: strengthsIn(sentence),
    };
  });
}

/** The fingerprint of one source text: headings (checked against the text), runs, and for a page its sections. */
export function fingerprintSource(source: string, raw: string): SourcePrint {
  const headings = SOURCE_HEADINGS[source];
  if (!headings) throw new Error(`no headings for source ${source} (scripts/lib/seed-headings.ts or page-headings.ts)`);
  const sections = splitSections(raw, headings);
  const print: SourcePrint = { headings: [...headings], runs: [...new Set(hashedRuns(raw))].sort() };
  if (source in PAGE_HEADINGS) {
    print.sections = Object.fromEntries([...sections].map(([heading, text]) => [heading, printSection(text)]));
  }
  return print;
}

export const FINGERPRINT_METHOD =
  `sha256 (first 12 hex digits) of every run of ${RUN_LENGTH} words; for source pages also, per sentence of each ` +
  `section, of every run of ${ANCHOR_GRAM_LENGTH} words, with its numbers and strength words; words as in scripts/lib/seed-text.ts words()`;

/** A new fingerprint and the sources whose entries were kept from the previous one (no text here). */
export interface FingerprintUpdate {
  fingerprint: SeedFingerprint;
  kept: string[];
}

/**
 * The fingerprint of every source: made anew from the texts that are present, and for a source
 * whose text is not on this machine the entry of the previous fingerprint, kept as it was. A kept
 * entry must still fit its heading list and the method, or the script could not tell a stale
 * entry from a good one; a source with neither text nor previous entry cannot be fingerprinted.
 */
export function fingerprintSeeds(texts: Record<string, string>, previous?: SeedFingerprint): FingerprintUpdate {
  const sources: SeedFingerprint['sources'] = {};
  const kept: string[] = [];
  for (const source of Object.keys(SOURCE_HEADINGS)) {
    const raw = texts[source];
    if (raw !== undefined) {
      sources[source] = fingerprintSource(source, raw);
      continue;
    }
    const old = previous?.sources[source];
    if (!old) throw new Error(`no text for source ${source}, and no entry for it in the previous fingerprint`);
    if (previous.method !== FINGERPRINT_METHOD) throw new Error(`no text for source ${source}, and the previous fingerprint was made another way`);
    if (JSON.stringify(old.headings) !== JSON.stringify(SOURCE_HEADINGS[source])) {
      throw new Error(`no text for source ${source}, and its headings changed since its entry was made: the entry cannot be kept`);
    }
    sources[source] = old;
    kept.push(source);
  }
  return { fingerprint: { method: FINGERPRINT_METHOD, sources }, kept };
}
