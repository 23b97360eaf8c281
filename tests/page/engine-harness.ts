/**
 * The page engine bundled into a plain test page (no extension): tests/page/*.spec.ts drive it
 * through window.engine. Counts every change to the Highlight, so a test can tell which marks
 * were touched.
 */
import glossary from '../../data/glossary.json' with { type: 'json' };
import type { GlossaryEntry } from '../../core/data/types';
import { contentPrefilterSource, engineTermIndex, packTermIndex } from '../../core/finder/packed-index';
import { buildTermIndex } from '../../core/finder/term-index';
import { lazyTermIndex } from '../../page/lazy-term-index';
import { createHighlightNames } from '../../page/highlight-styles';
import { MarkRegistry } from '../../page/mark-registry';
import { PageScanner } from '../../page/page-scanner';
import { BlockReader, textRuns } from '../../page/text-runs';
import { findAllForms } from '../../core/finder/find-terms';
import { liveRange } from '../../page/hit-test';
import { createPrefilter } from '../../core/finder/prefilter';
import { TermSentry, type SentryReason } from '../../page/term-sentry';
import { composedOrder } from '../../page/block-spans';

const index = buildTermIndex(glossary as GlossaryEntry[]);
/** As the content script has it: packed, behind the prefilter (core/finder/prefilter.ts). */
const packed = packTermIndex(index);
const pageIndex = lazyTermIndex(engineTermIndex(packed), createPrefilter(contentPrefilterSource(packed)));

export interface EngineHandle {
  registry: MarkRegistry;
  scanner: PageScanner;
  errors: string[];
  /** Highlight.add / delete calls since start (or the last reset). */
  touched: { added: number; deleted: number };
}

let current: EngineHandle | undefined;

/** Every background slice the engine ran, with how long it took (ms). */
const slices: number[] = [];
const scheduler = (globalThis as unknown as { scheduler?: { postTask: (callback: () => void, options: object) => Promise<unknown> } }).scheduler;
if (scheduler) {
  const postTask = scheduler.postTask.bind(scheduler);
  scheduler.postTask = (callback, options) =>
    postTask(() => {
      const started = performance.now();
      try {
        callback();
      } finally {
        const ms = performance.now() - started;
        // A slice posted twice (background, then at normal priority if starved) runs once; the other call is empty.
        if (ms > 0.02) slices.push(ms);
      }
    }, options);
}

function start(options: { firstOnly?: boolean; highlightName?: string } = {}): void {
  current?.scanner.stop();
  current?.registry.dispose();
  const registry = new MarkRegistry({ highlightName: options.highlightName ?? 'test-marks', firstOnly: options.firstOnly ?? false }, createHighlightNames());
  const touched = { added: 0, deleted: 0 };
  const highlight = registry.paint;
  const add = highlight.add.bind(highlight);
  const remove = highlight.delete.bind(highlight);
  highlight.add = (range) => (touched.added++, add(range));
  highlight.delete = (range) => (touched.deleted++, remove(range));
  const errors: string[] = [];
  const scanner = new PageScanner(pageIndex, registry, (error) => errors.push(String(error)));
  current = { registry, scanner, errors, touched };
  scanner.start(document);
}

/** Resolves when the scanner reports an empty queue (answers a ping at once when idle). */
function drained(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('immuunwijzer-test:drained', done);
      resolve();
    };
    document.addEventListener('immuunwijzer-test:drained', done);
    // After the mutation observers' microtask, so changes made just before are in the queue.
    queueMicrotask(() => document.dispatchEvent(new Event('immuunwijzer-test:ping')));
  });
}

function handle(): EngineHandle {
  if (!current) throw new Error('engine.start() first');
  return current;
}

/** The shown marks' text in document order. */
function marks(): string[] {
  return handle().registry.shownMarks().map((mark) => liveRange(mark.range).toString());
}

/** Every range in the Highlight, as text, sorted (the painted set). */
function painted(): string[] {
  return [...handle().registry.paint].map((range) => liveRange(range as StaticRange).toString()).sort();
}

function resetTouched(): void {
  handle().touched.added = 0;
  handle().touched.deleted = 0;
}

function observedRoots(): number {
  return (handle().scanner as unknown as { observedRoots: Set<ShadowRoot> }).observedRoots.size;
}

/** The plain work of a scan, without slicing or marks: a yardstick for the engine's overhead. */
function baselineMs(): number {
  const started = performance.now();
  for (const run of textRuns(document.body)) findAllForms(index, run.text);
  return performance.now() - started;
}

export interface SentryHandle {
  /** Why it said "this page may hold a term", or undefined while it has not. */
  reason: SentryReason | undefined;
  /** The length of every text it tested, in order. */
  tested: number[];
  stop(): void;
}

/** The always-loaded content script's watcher (page/term-sentry.ts) with the shipped prefilter. */
function sentry(): SentryHandle {
  const prefilter = createPrefilter(contentPrefilterSource(packed));
  const abort = new AbortController();
  const handle: SentryHandle = { reason: undefined, tested: [], stop: () => abort.abort() };
  const watcher = new TermSentry({
    mayContainTerm: (text) => (handle.tested.push(text.length), prefilter(text)),
    onTerm: (reason) => (handle.reason = reason),
    signal: abort.signal,
  });
  watcher.start(document);
  return handle;
}

const api = { composedOrder, sentry, baselineMs, slices, start, drained, marks, painted, resetTouched, observedRoots, handle, BlockReader, stop: () => current?.scanner.stop() };
export type EngineApi = typeof api;

declare global {
  var engine: EngineApi;
}

globalThis.engine = api;
