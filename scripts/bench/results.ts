import type { BatchResult, CpuScanResult, FloorResult, MarkJsResult } from './page-api';
import type { FrameStats } from './long-frames';

/** One page load with the extension, from navigation to the last mark. Times in ms. */
export interface EndToEndRun {
  domContentLoaded: number;
  load: number;
  /** First frame at which the content script's highlight existed (it has read settings and started). */
  registeredAt: number;
  completeAt: number;
  /** The headline figure: from the page's load event to the frame where every term is marked. */
  fromLoadMs: number;
  /** From the first frame with the highlight registered; larger when the script starts before load. */
  fromRegisteredMs: number;
  marks: number;
  /** Whole load, navigation to last mark + 300 ms. */
  loadFrames: FrameStats;
  /** From load to the last mark: frames that exist only because of the scan. */
  scanFrames: FrameStats;
}

/** One page load without the extension (the floor runs on it afterwards). */
export interface PlainLoad {
  domContentLoaded: number;
  load: number;
  /** Navigation to load + 1 s. */
  loadFrames: FrameStats;
  /** From load to load + 1 s: what the page does on its own after load. */
  afterLoadFrames: FrameStats;
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
    longestFrameMs: number;
    longestFramePlainMs: number;
    longestExtensionScriptMs: number;
  };
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
  /** Longest frame from load to the last mark (with) and from load to load + 1 s (without). */
  longestScanFrame: number;
  longestAfterLoadFrameWithout: number;
  longScanFrames: number;
  scanBlockingMs: number;
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
  pageLoad: PageLoadSummary[];
  search: SearchResults;
  popup: PopupResults;
  bundle: BundleResults;
  targets: Target[];
}
