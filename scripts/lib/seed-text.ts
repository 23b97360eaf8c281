import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEED_FILE_PREFIX } from './seed-headings';

/** Typographic quotes and dashes as plain ones, whitespace collapsed: how anchors are compared. */
export function foldText(text: string): string {
  return text
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * Where the seed documents are: `$IMMUUNWIJZER_SEEDS` when set (only there, so setting it to a
 * missing path shows what a bare clone does), else `../shared/seeds` next to the repo. Undefined
 * when there are none: the seed texts are not ours to redistribute, so the repo has no copy.
 */
export function seedDirectory(): string | undefined {
  const dir = process.env.IMMUUNWIJZER_SEEDS ?? resolve(REPO_ROOT, '../shared/seeds');
  return existsSync(dir) ? dir : undefined;
}

/** The raw seed texts by source id, or undefined when the seeds are not on this machine. */
export function readSeedTexts(dir = seedDirectory()): Record<string, string> | undefined {
  if (!dir) return undefined;
  const files = readdirSync(dir);
  return Object.fromEntries(
    Object.entries(SEED_FILE_PREFIX).map(([source, prefix]) => {
      const file = files.find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
      if (!file) throw new Error(`seed ${prefix}*.txt is missing from ${dir}`);
      return [source, readFileSync(resolve(dir, file), 'utf8')];
    }),
  );
}

/**
 * The seed cut into its sections: each heading (a whole line of the seed, in list order) up to the
 * next heading. Throws when a heading is not found, so a changed seed cannot pass unnoticed.
 */
export function splitSections(raw: string, headings: readonly string[]): Map<string, string> {
  const lines = raw.split('\n').map((line) => foldText(line));
  const starts: number[] = [];
  let from = 0;
  for (const heading of headings) {
    const wanted = foldText(heading).toLowerCase();
    const at = lines.findIndex((line, index) => index >= from && line.toLowerCase() === wanted);
    if (at < 0) throw new Error(`heading "${heading}" is not a line of the seed (after the previous heading)`);
    starts.push(at);
    from = at + 1;
  }
  return new Map(
    headings.map((heading, index) => [heading, foldText(lines.slice(starts[index]! + 1, starts[index + 1] ?? lines.length).join('\n'))]),
  );
}

/**
 * The sentences of a section: a sentence ends after ".", "!" or "?" followed by a space, and a
 * list bullet (•, ●) starts a new one. Line breaks are ignored, because the melanoma folder is
 * hard-wrapped mid-sentence.
 */
export function splitSentences(section: string): string[] {
  return section
    .split(/(?<=[.!?])\s+|\s*[•●]\s*/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The passages an anchor points to: every sentence of the section in which it occurs. */
export function anchoredPassages(section: string, anchor: string): string[] {
  const wanted = foldText(anchor).toLowerCase();
  const sentences = splitSentences(section);
  const hits = sentences.filter((sentence) => sentence.toLowerCase().includes(wanted));
  if (hits.length > 0) return hits;
  // An anchor may run over a sentence end ("... verminderen. Soms ..."): take every sentence it touches.
  const text = sentences.join(' ');
  const at = text.toLowerCase().indexOf(wanted);
  if (at < 0) return [];
  let offset = 0;
  return sentences.filter((sentence) => {
    const start = offset;
    offset += sentence.length + 1;
    return start < at + wanted.length && at < start + sentence.length;
  });
}

/** Lower-case words without punctuation, for comparing runs of words. Web addresses are facts, not prose. */
export function words(text: string): string[] {
  return foldText(text)
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}
