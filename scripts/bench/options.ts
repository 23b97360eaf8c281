/** How much the benchmark does; `--quick` is for checking the benchmark itself, not for figures. */
export interface BenchOptions {
  quick: boolean;
  /** Generated page sizes for the scan, in KB (largePageHtml). */
  pageKbs: number[];
  /** Fresh loads per size for the floor (a), the CPU scan and the end-to-end scan (b), each. */
  scanRuns: number;
  /** mark.js runs per size; sizes without an entry are extrapolated from the largest measured one. */
  markJsRuns: Map<number, number>;
  /** Pages the live-update batches are appended to, in KB. */
  livePageKbs: number[];
  livePosts: number;
  liveBatch: number;
  /** Repetitions of the whole query list in Node. */
  searchRounds: number;
  popupOpens: number;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  if (quick) {
    return {
      quick,
      pageKbs: [100, 1000],
      scanRuns: 2,
      markJsRuns: new Map([[100, 1]]),
      livePageKbs: [100, 1000],
      livePosts: 100,
      liveBatch: 50,
      searchRounds: 10,
      popupOpens: 2,
    };
  }
  return {
    quick,
    pageKbs: [100, 1000, 5000],
    scanRuns: 7,
    markJsRuns: new Map([
      [100, 3],
      [1000, 1],
    ]),
    livePageKbs: [100, 1000, 5000],
    livePosts: 1000,
    liveBatch: 50,
    searchRounds: 200,
    popupOpens: 5,
  };
}
