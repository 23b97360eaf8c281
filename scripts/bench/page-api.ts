/**
 * Types shared by the benchmark's in-page code (bundled with esbuild, run in the page's main world)
 * and the Node side that calls it through page.evaluate. Types only: nothing here runs.
 */

export interface ScriptRecord {
  sourceURL: string;
  invoker: string;
  invokerType: string;
  duration: number;
}

/** One 'long-animation-frame' entry (a frame or task of 50 ms or more), trimmed to what the report uses. */
export interface LoafRecord {
  start: number;
  duration: number;
  blockingDuration: number;
  /** Time spent in rendering (style, layout, paint, highlight markers): from renderStart to the end. */
  renderDuration: number;
  scripts: ScriptRecord[];
}

export interface LongTaskRecord {
  start: number;
  duration: number;
}

/** What the probe saw on one page, in ms since the page's time origin. */
export interface ProbeSnapshot {
  domContentLoaded: number | undefined;
  load: number | undefined;
  /** First animation frame at which CSS.highlights held the product's highlight (the content script has set up). */
  registeredAt: number | undefined;
  /** <body data-term-count>, read at load. */
  expected: number | undefined;
  /** First animation frame at which the highlight held `expected` ranges. */
  completeAt: number | undefined;
  /** [time, size] at each frame where the highlight's size changed. */
  sizes: [number, number][];
  loaf: LoafRecord[];
  longTasks: LongTaskRecord[];
  now: number;
}

export interface ProbeConfig {
  /** Poll CSS.highlights on every animation frame from the start (pages with the extension). */
  poll: boolean;
}

/** A cheap look at the highlight while waiting for the scan. */
export interface ProbeProgress {
  now: number;
  size: number;
  expected: number | undefined;
  registeredAt: number | undefined;
  completeAt: number | undefined;
  /** Last frame at which the highlight's size changed. */
  lastChangeAt: number | undefined;
  /** Longest time between two changes of the size so far. */
  longestChangeGap: number;
}

export interface ProbeApi {
  snapshot(): ProbeSnapshot;
  progress(): ProbeProgress;
  /** Stops polling the highlight on every frame (the page then makes frames only when it needs them). */
  stopPolling(): void;
  /**
   * Resolves with the time of the first frame at which the highlight holds at least `size` ranges,
   * or with undefined once it has not changed for `plateauMs` (the product paints only part of its marks).
   */
  waitForSize(size: number, timeoutMs: number, plateauMs: number): Promise<number | undefined>;
  highlightSize(): number;
}

export interface FloorResult {
  ms: number;
  nodes: number;
  chars: number;
  hash: number;
}

export interface CpuScanResult {
  /** buildTermIndex over the whole glossary. */
  indexMs: number;
  /** The product's per-run work without slicing: text runs + findAllForms + StaticRange + MarkRegistry.add. */
  fullMs: number;
  /** Breakdown, after `full` on the same page (so warmer): collecting the text runs (page/text-runs.ts). */
  walkMs: number;
  /** Breakdown: findAllForms over the collected run texts (the core finder alone). */
  findMs: number;
  /** Breakdown: positionIn + StaticRange + MarkRegistry for the found matches. */
  rangesMs: number;
  runs: number;
  chars: number;
  matches: number;
  marks: number;
}

export interface MarkJsResult {
  ms: number;
  marks: number;
}

/**
 * How the end of a batch or scan was seen (see completion.ts): in the highlight; as the end of the
 * main thread's work (then checked against the product's own count); by polling that count; or,
 * without the extension, as the next frame.
 */
export type CompletionMethod = 'highlight' | 'quiet' | 'page-terms' | 'frame';

export interface BatchResult {
  /** From the append to the first frame at which the batch is marked (or, without the extension, the first frame). */
  ms: number;
  method: CompletionMethod;
  /** How late `end` may be: one frame, or the time since the last poll that found the batch unmarked. */
  uncertaintyMs: number;
  start: number;
  end: number;
  expectedMarks: number;
  /** Marks on the page before the batch: the highlight's size, or the product's count ('page-terms'). */
  marksBefore: number;
  highlightBefore: number;
  highlightAfter: number;
  chars: number;
}

export interface ToolsApi {
  floor(): FloorResult;
  cpuScan(): CpuScanResult;
  runMarkJs(keywords: string[], limiters: string[]): Promise<MarkJsResult>;
  /** `method` says how to wait: for the highlight, for the next frame, or not at all ('quiet': the caller does). */
  appendBatch(html: string, containerSelector: string, method: CompletionMethod, timeoutMs: number): Promise<BatchResult>;
}

export interface BenchWindow {
  __benchProbe: ProbeApi;
  __benchProbeConfig?: ProbeConfig;
  __benchTools: ToolsApi;
}

export interface PopupMeasurement {
  query: string;
  inputAt: number;
  /** First DOM change after the input at which a [data-testid="result"] exists. */
  resultAt: number | undefined;
  /** The animation frame after that: the result is about to be painted. */
  resultFrameAt: number | undefined;
}

export interface PopupProbeState {
  searchPresentAt: number | undefined;
  firstContentfulPaint: number | undefined;
  measurements: PopupMeasurement[];
}

export interface PopupBenchWindow {
  __benchPopup: PopupProbeState;
}
