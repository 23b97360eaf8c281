import glossary from '../../data/glossary.json' with { type: 'json' };
import type { GlossaryEntry } from '../../core/data/types';
import { findAllForms } from '../../core/finder/find-terms';
import { buildTermIndex, type TermIndex } from '../../core/finder/term-index';
import { createHighlightNames } from '../../page/highlight-styles';
import { MarkRegistry } from '../../page/mark-registry';
import { markRun as addMarks } from '../../page/mark-run';
import { textRuns, type TextRun } from '../../page/text-runs';
import type { CpuScanResult } from './page-api';

/** Not a name the product paints, so the measured ranges are never styled. */
const BENCH_HIGHLIGHT = 'immuunwijzer-bench';

let cachedIndex: TermIndex | undefined;

/** The term index over the bundled glossary, built once per page (for batch expectations). */
export function termIndex(): TermIndex {
  cachedIndex ??= buildTermIndex(glossary as GlossaryEntry[]);
  return cachedIndex;
}

/** What PageScanner.markRun does for one run, without the idle slicing around it. */
function markRun(index: TermIndex, registry: MarkRegistry, run: TextRun): void {
  addMarks(registry, run, findAllForms(index, run.text));
}

/**
 * The CPU work of a full scan of <body>, in one go: the product's own modules (core finder,
 * text runs, mark registry) bundled into the page. `full` runs first on a fresh page, as the
 * product would. Then, for the breakdown, the same work again in three separate passes: collect
 * the text runs, run the finder over their texts, create the ranges and register them.
 */
export function cpuScan(): CpuScanResult {
  const body = document.body;
  let started = performance.now();
  const index = buildTermIndex(glossary as GlossaryEntry[]);
  const indexMs = performance.now() - started;

  let registry = new MarkRegistry({ highlightName: BENCH_HIGHLIGHT, firstOnly: false }, createHighlightNames());
  started = performance.now();
  for (const run of textRuns(body)) markRun(index, registry, run);
  const fullMs = performance.now() - started;
  const marks = registry.paint.size;
  registry.dispose();

  started = performance.now();
  const runs = [...textRuns(body)];
  const walkMs = performance.now() - started;

  started = performance.now();
  const found = runs.map((run) => findAllForms(index, run.text));
  const findMs = performance.now() - started;

  registry = new MarkRegistry({ highlightName: BENCH_HIGHLIGHT, firstOnly: false }, createHighlightNames());
  started = performance.now();
  runs.forEach((run, position) => addMarks(registry, run, found[position]!));
  const rangesMs = performance.now() - started;
  registry.dispose();

  return {
    indexMs,
    fullMs,
    walkMs,
    findMs,
    rangesMs,
    runs: runs.length,
    chars: runs.reduce((total, run) => total + run.text.length, 0),
    matches: found.reduce((total, matches) => total + matches.length, 0),
    marks,
  };
}

/** How many marks the finder makes in the text under `root` (the product marks the same). */
export function countMatches(root: Node): { matches: number; chars: number } {
  const index = termIndex();
  let matches = 0;
  let chars = 0;
  for (const run of textRuns(root)) {
    matches += findAllForms(index, run.text).length;
    chars += run.text.length;
  }
  return { matches, chars };
}
