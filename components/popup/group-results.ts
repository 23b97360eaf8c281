import type { SearchResult } from '../../core/search/search';

export interface ResultGroup {
  label: 'Begrippen' | 'Vragen';
  results: SearchResult[];
}

/** Terms first, then questions, each group in the search's order; the flat order is arrow-key order. */
export function groupResults(results: readonly SearchResult[], perGroup = 8): ResultGroup[] {
  const groups: ResultGroup[] = [
    { label: 'Begrippen', results: results.filter((result) => result.type === 'term').slice(0, perGroup) },
    { label: 'Vragen', results: results.filter((result) => result.type === 'faq').slice(0, perGroup) },
  ];
  return groups.filter((group) => group.results.length > 0);
}

export function flatten(groups: readonly ResultGroup[]): SearchResult[] {
  return groups.flatMap((group) => group.results);
}
