import type { BatchResult, CompletionMethod, CpuScanResult, FloorResult, MarkJsResult } from './page-api';
import type { FrameStats } from './long-frames';

/** One page load with the extension, from navigation to the last mark. Times in ms. */
export interface EndToEndRun {
  /** 'highlight': seen in the highlight (precise to a frame); 'page-terms': the product's own count, polled. */
  method: CompletionMethod;
  /** How late completeAt may be. */
  uncertaintyMs: number;
  polls: number;
  domContentLoaded: number;
  load: number;
  /** First frame at which the content script's highlight existed (it has read settings and started). */
  registeredAt: number;
  completeAt: number;
  /** The headline figure: from the page's load event to the frame where every term is marked. */
  fromLoadMs: number;
  /** From the first frame with the highlight registered; larger when the script starts before load. */
  fromRegisteredMs: number;
  /** <body data-term-count>: what the product reported (page-terms) or painted (highlight) at the end. */
  marks: number;
  /** Ranges in the product's highlight at the end: fewer than `marks` when it paints only near the screen. */
  painted: number;
  /** Frames that start before the content script's highlight exists: the page's load and first layout, plus the script's start-up. */
  loadFrames: FrameStats;
  /** Frames that start from then until the last mark (+ 300 ms): the page is loaded, the extension marks. */
  scanFrames: FrameStats;
}

/** One page load without the extension (the floor runs on it afterwards). */
export interface PlainLoad {
  domContentLoaded: number;
  load: number;
  /** Frames that start between navigation and load + 1 s. */
  loadFrames: FrameStats;
  /** Frames that start after the longest of those (the page's first layout and paint) until load + 1 s. */
  afterPaintFrames: FrameStats;
}

export interface ScanSize {
  kb: number;
  expectedMarks: number;
  textChars: number;
  textNodes: number;
  floor: FloorResult[];
  plainLoads: PlainLoad[];
  cpu: CpuScanResult[];
  endToEnd: EndToEndRun[];
  markJs: MarkJsResult[];
  /** Set when mark.js did not run at this size: its time is scaled by text length from this size. */
  markJsExtrapolatedFromKb: number | undefined;
  summary: {
    floorMs: number;
    cpuMs: number;
    endToEndMs: number;
    endToEndFromRegisteredMs: number;
    markJsMs: number;
    markJsMarks: number;
    cpuOverFloor: number;
    endToEndOverFloor: number;
    markJsOverCpu: number;
    markJsOverEndToEnd: number;
  };
}

export interface LiveSide {
  /** How each batch was seen marked: the highlight, the product's count ('page-terms'), or the next frame (no extension). */
  method: CompletionMethod;
  batches: BatchResult[];
  /** Long frames while the batches went in (first append to last mark). */
  frames: FrameStats;
  /** Longest long frame inside any single batch window. */
  longestBatchFrameMs: number;
}

export interface LivePage {
  kb: number;
  initialMarks: number;
  withExtension: LiveSide;
  withoutExtension: LiveSide;
  summary: {
    medianBatchMs: number;
    p95BatchMs: number;
    medianBatchPlainMs: number;
    /** Extension's share: median with − median without. */
    medianExtensionMs: number;
    medianBatchChars: number;
    /** Medians of the first and last five batches, and the marks on the page before the last one. */
    firstBatchesMs: number;
    lastBatchesMs: number;
    marksBeforeLastBatch: number;
    longestFrameMs: number;
    longestFramePlainMs: number;
    longestExtensionScriptMs: number;
  };
}

/** Least squares over every batch of every page: extension share (with − without) against the marks already on the page. */
export interface LiveFit {
  /** The share for a batch on a page without marks: what the added text costs. */
  interceptMs: number;
  /** What each 1,000 marks already on the page add to every batch. */
  msPerThousandMarks: number;
  r2: number;
  batches: number;
}

export interface PageLoadSummary {
  kb: number;
  loadMsWith: number;
  loadMsWithout: number;
  domContentLoadedMsWith: number;
  domContentLoadedMsWithout: number;
  longestLoadFrameWith: number;
  longestLoadFrameWithout: number;
  longestTaskWith: number;
  longestTaskWithout: number;
  /** While the extension marks (with); after the page's first paint (without). Longest over all runs. */
  longScanFrames: number;
  longestScanFrame: number;
  scanRenderMs: number;
  scanBlockingMs: number;
  longestAfterPaintFrameWithout: number;
  longestExtensionScriptMs: number;
  scriptSources: Record<string, number>;
}

export interface QueryTiming {
  query: string;
  medianMs: number;
  p95Ms: number;
  results: number;
  first: string;
}

export interface SearchResults {
  createSearcherMs: number;
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Same-run yardstick: a substring scan of all folded names and texts per query (see search.ts). */
  baselineMedianMs: number;
  baselineP95Ms: number;
  perQuery: QueryTiming[];
}

export interface PopupResults {
  opens: number;
  /** From navigation start to [data-testid="search"] in the DOM. */
  searchPresentMs: number[];
  firstContentfulPaintMs: number[];
  /** From the input event to the first [data-testid="result"] in the DOM, per query typed. */
  firstResultMs: { query: string; ms: number[] }[];
  summary: { searchPresentMs: number; firstContentfulPaintMs: number; firstResultMs: number; firstResultMaxMs: number };
}

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleResults {
  files: BundleFile[];
  totalBytes: number;
  totalGzip: number;
  contentScriptGzip: number;
  contentCssGzip: number;
}

export interface Target {
  name: string;
  goal: string;
  value: string;
  pass: boolean;
}

export interface BenchResults {
  startedAt: string;
  durationSeconds: number;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; node: string; chromium: string; platform: string };
  scan: ScanSize[];
  live: LivePage[];
  liveFit: LiveFit;
  pageLoad: PageLoadSummary[];
  search: SearchResults;
  popup: PopupResults;
  bundle: BundleResults;
  targets: Target[];
}
