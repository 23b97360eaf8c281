/**
 * At most one change of the marks' Highlight per this many milliseconds while changes keep
 * coming. Chromium rebuilds a Highlight's markers and repaints in every frame in which it
 * changed: on the 1 MB forum 60 frames that each add 128 ranges cost 1.8 s of main thread, the
 * same ranges added in 6 batches 0.3 s (docs/browser-notes.md).
 */
export const FLUSH_INTERVAL_MS = 200;

/** What the painters change: a Highlight's add, delete and clear. */
export interface HighlightChanges {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  clear(): void;
  /** What was changed so far goes to the Highlight at the end of this task: for changes the reader sees at once (a scroll). */
  urgent(): void;
}

/**
 * Hands changes to a Highlight in batches. The first change after a quiet interval reaches the
 * Highlight at the end of the current task (with every other change of that task), so the marks
 * of the first slice are drawn in the next frame; changes that follow within FLUSH_INTERVAL_MS
 * wait for the interval's end and go in together. What the painter does for a scroll or a
 * resize is `urgent`: it is drawn in the same frame.
 */
export class HighlightBatch implements HighlightChanges {
  private readonly added = new Set<AbstractRange>();
  private readonly deleted = new Set<AbstractRange>();
  private lastFlush = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queued = false;
  private whenFlushed: (() => void) | undefined;

  constructor(
    private readonly highlight: Highlight,
    private readonly interval = FLUSH_INTERVAL_MS,
  ) {}

  add(range: AbstractRange): void {
    if (!this.deleted.delete(range) && !this.highlight.has(range)) this.added.add(range);
    this.schedule();
  }

  delete(range: AbstractRange): void {
    if (!this.added.delete(range) && this.highlight.has(range)) this.deleted.add(range);
    this.schedule();
  }

  /** At once: clearing is for settings and teardown, which should not leave marks behind for a moment. */
  clear(): void {
    this.unschedule();
    this.added.clear();
    this.deleted.clear();
    this.highlight.clear();
    this.settled();
  }

  /** Whether changes are waiting: the Highlight does not yet show what the painters asked for. */
  get pending(): boolean {
    return this.added.size > 0 || this.deleted.size > 0;
  }

  urgent(): void {
    if (!this.pending || this.queued) return;
    this.unschedule();
    this.flushAtEndOfTask();
  }

  /** Calls `callback` once nothing is waiting: at once, or after the next flush (one callback at a time: a later one replaces it). */
  afterFlush(callback: () => void): void {
    if (this.pending) this.whenFlushed = callback;
    else callback();
  }

  /** Hands every waiting change to the Highlight now. */
  flush(): void {
    this.unschedule();
    if (this.pending) {
      this.lastFlush = performance.now();
      for (const range of this.deleted) this.highlight.delete(range);
      for (const range of this.added) this.highlight.add(range);
      this.deleted.clear();
      this.added.clear();
    }
    this.settled();
  }

  private schedule(): void {
    if (this.queued || this.timer !== undefined) return;
    const wait = this.lastFlush + this.interval - performance.now();
    if (wait <= 0) this.flushAtEndOfTask();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  private flushAtEndOfTask(): void {
    this.queued = true;
    queueMicrotask(() => this.queued && this.flush());
  }

  private unschedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.queued = false;
  }

  /** The Highlight shows what was asked: the afterFlush callback, if any, runs once. */
  private settled(): void {
    const callback = this.whenFlushed;
    this.whenFlushed = undefined;
    callback?.();
  }
}
