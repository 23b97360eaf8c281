import { loadContent } from '../core/data/content';
import { createSearcher } from '../core/search/search';
import { toSearchDocuments } from '../core/search/search-documents';
import { foldText } from '../core/text/characters';
import { SEARCH_QUERIES } from './queries';
import { max, median, percentile } from './stats';

const WARM_UP_ROUNDS = 5;

export interface SearchResults {
  createSearcherMs: number;
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  baselineMedianMs: number;
  baselineP95Ms: number;
}

const BUILD_RUNS = 5;

/**
 * In Node: createSearcher over the bundled content, then every query `rounds` times,
 * interleaved (round by round, not query by query) so no query profits from a hot cache alone.
 */
export function measureSearch(rounds: number): SearchResults {
  const content = loadContent();
  const buildTimes: number[] = [];
  let searcher = createSearcher(content);
  for (let run = 0; run < BUILD_RUNS; run++) {
    const started = performance.now();
    searcher = createSearcher(content);
    buildTimes.push(performance.now() - started);
  }
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const query of SEARCH_QUERIES) searcher.search(query);

  const timings = SEARCH_QUERIES.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    SEARCH_QUERIES.forEach((query, index) => {
      const started = performance.now();
      searcher.search(query);
      timings[index]!.push(performance.now() - started);
    });
  }
  const all = timings.flat();
  const baseline = measureBaseline(content, rounds);
  return {
    createSearcherMs: median(buildTimes),
    samples: all.length,
    medianMs: median(all),
    p95Ms: percentile(all, 95),
    maxMs: max(all),
    baselineMedianMs: median(baseline),
    baselineP95Ms: percentile(baseline, 95),
  };
}

/**
 * The same-run yardstick for the machine's speed: per query, fold it and look for each word at a
 * word start in every document's folded names and text (String.includes), the least a search
 * without an index has to do. Timed like the search, round by round.
 */
function measureBaseline(content: ReturnType<typeof loadContent>, rounds: number): number[] {
  const texts = toSearchDocuments(content).map((doc) => ` ${doc.names.join(' ')} ${doc.body}`);
  const timings: number[] = [];
  let hits = 0;
  for (let round = 0; round < rounds + WARM_UP_ROUNDS; round++) {
    for (const query of SEARCH_QUERIES) {
      const started = performance.now();
      const words = foldText(query).split(' ').filter((word) => word.length > 1);
      for (const text of texts) for (const word of words) if (text.includes(` ${word}`)) hits++;
      if (round >= WARM_UP_ROUNDS) timings.push(performance.now() - started);
    }
  }
  if (hits === 0) throw new Error('the baseline found nothing: the queries or the content are wrong');
  return timings;
}
