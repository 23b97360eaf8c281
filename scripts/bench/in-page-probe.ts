/**
 * Init script for every benchmark page (main world, before the page's own scripts): records
 * DOMContentLoaded and load, long tasks and long animation frames, and on each animation frame
 * how many ranges the product's highlight holds. Exposes nothing to the product: it only reads
 * CSS.highlights, which the page shares with the content script.
 */
import type { BenchWindow, LoafRecord, LongTaskRecord, ProbeApi, ProbeSnapshot } from './page-api';

/** The parts of a PerformanceLongAnimationFrameTiming the probe reads (not in TypeScript's DOM lib yet). */
interface LoafEntry extends PerformanceEntry {
  blockingDuration: number;
  renderStart: number;
  scripts: readonly { sourceURL: string; invoker: string; invokerType: string; duration: number }[];
}

const MAX_SAMPLES = 20_000;
const benchWindow = window as unknown as BenchWindow;
// Extension pages (the popup) have no marks to wait for.
const config = { poll: (benchWindow.__benchProbeConfig?.poll ?? true) && location.protocol !== 'chrome-extension:' };

const state: Omit<ProbeSnapshot, 'loaf' | 'longTasks' | 'now'> = {
  domContentLoaded: undefined,
  load: undefined,
  registeredAt: undefined,
  expected: undefined,
  completeAt: undefined,
  sizes: [],
};

const waiters: { size: number; since: number; plateauMs: number; resolve: (time: number | undefined) => void }[] = [];
let polling = false;
let stopped = false;
let lastSize = -2;
let lastChangeAt: number | undefined;
let longestChangeGap = 0;

/**
 * The product's mark highlight. Its name is random per page, but benchmark pages register no
 * highlight of their own, and the hovered-mark highlight is the one with priority 1.
 */
function highlightSize(): number {
  for (const highlight of CSS.highlights?.values() ?? []) if (highlight.priority === 0) return highlight.size;
  return -1;
}

function onFrame(): void {
  const now = performance.now();
  const size = highlightSize();
  if (size >= 0 && state.registeredAt === undefined) state.registeredAt = now;
  if (size !== lastSize) {
    if (lastChangeAt !== undefined) longestChangeGap = Math.max(longestChangeGap, now - lastChangeAt);
    lastChangeAt = now;
    lastSize = size;
    if (state.sizes.length < MAX_SAMPLES) state.sizes.push([now, size]);
  }
  if (state.expected !== undefined && state.completeAt === undefined && size >= state.expected) state.completeAt = now;
  for (let index = waiters.length - 1; index >= 0; index--) {
    const waiter = waiters[index]!;
    if (size >= waiter.size) {
      waiters.splice(index, 1);
      waiter.resolve(now);
    } else if (now - Math.max(waiter.since, lastChangeAt ?? 0) > waiter.plateauMs) {
      waiters.splice(index, 1);
      waiter.resolve(undefined);
    }
  }
  const initialScanPending = config.poll && !stopped && state.completeAt === undefined;
  polling = initialScanPending || waiters.length > 0;
  if (polling) requestAnimationFrame(onFrame);
}

function startPolling(): void {
  if (polling) return;
  polling = true;
  requestAnimationFrame(onFrame);
}

function observe(type: string, record: (entry: PerformanceEntry) => void): void {
  if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record(entry);
  }).observe({ type, buffered: true });
}

// The observers only keep the entries: converting them happens in snapshot(), outside the frames measured.
const loafEntries: LoafEntry[] = [];
const longTaskEntries: PerformanceEntry[] = [];
observe('long-animation-frame', (entry) => loafEntries.push(entry as LoafEntry));
observe('longtask', (entry) => longTaskEntries.push(entry));

function loafRecord(loaf: LoafEntry): LoafRecord {
  return {
    start: loaf.startTime,
    duration: loaf.duration,
    blockingDuration: loaf.blockingDuration,
    renderDuration: loaf.renderStart > 0 ? loaf.startTime + loaf.duration - loaf.renderStart : 0,
    scripts: loaf.scripts.map((script) => ({
      sourceURL: script.sourceURL,
      invoker: script.invoker,
      invokerType: script.invokerType,
      duration: script.duration,
    })),
  };
}

function longTaskRecord(entry: PerformanceEntry): LongTaskRecord {
  return { start: entry.startTime, duration: entry.duration };
}

document.addEventListener('DOMContentLoaded', () => {
  state.domContentLoaded = performance.now();
});

addEventListener('load', () => {
  state.load = performance.now();
  const count = Number(document.body?.dataset.termCount);
  if (Number.isInteger(count) && count > 0) state.expected = count;
});

const api: ProbeApi = {
  snapshot: () => ({
    ...state,
    sizes: [...state.sizes],
    loaf: loafEntries.map(loafRecord),
    longTasks: longTaskEntries.map(longTaskRecord),
    now: performance.now(),
  }),
  highlightSize,
  progress: () => ({
    now: performance.now(),
    size: highlightSize(),
    expected: state.expected,
    registeredAt: state.registeredAt,
    completeAt: state.completeAt,
    lastChangeAt,
    longestChangeGap,
  }),
  stopPolling() {
    stopped = true;
  },
  waitForSize(size, timeoutMs, plateauMs) {
    return new Promise((resolve, reject) => {
      const waiter = { size, since: performance.now(), plateauMs, resolve };
      waiters.push(waiter);
      startPolling();
      setTimeout(() => {
        const index = waiters.indexOf(waiter);
        if (index < 0) return;
        waiters.splice(index, 1);
        reject(new Error(`highlight held ${highlightSize()} ranges, not ${size}, after ${timeoutMs} ms`));
      }, timeoutMs);
    });
  },
};

benchWindow.__benchProbe = api;
if (config.poll) startPolling();
