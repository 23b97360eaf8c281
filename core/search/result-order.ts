import type { Category } from '../data/types';
import type { QueryReading } from './query-reading';
import { SIDE_EFFECT_CATEGORY, SIDE_EFFECT_PREFIXES } from './search-config';
import type { SearchResult } from './search';

/** In a question-style query, a question sharing words with it is worth this much more than a term. */
const QUESTION_BONUS = 0.3;

export interface OrderInput {
  reading: QueryReading;
  /** The query (or the subject of "wat is …") is a name or an everyday word. */
  named: boolean;
  /** The question whose text the query is, first whatever else. */
  exactQuestion: SearchResult | undefined;
  /** Terms the query names, in the order found. */
  direct: readonly SearchResult[];
  /** Terms and questions by their words, best first. */
  ranked: readonly SearchResult[];
  relevance: (hit: SearchResult) => number;
}

/**
 * One list, best answer first: a bare word or name puts its term first; a question or a
 * situation puts the questions that share its words before the terms it mentions.
 */
export function orderResults({ reading, named, exactQuestion, direct, ranked, relevance }: OrderInput): SearchResult[] {
  const out: SearchResult[] = [];
  const seen = new Set<string>();
  const add = (item: SearchResult) => {
    const key = `${item.type}:${item.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(item);
  };
  if (exactQuestion) add(exactQuestion);
  if (named || !reading.questionLike) {
    for (const hit of direct) add({ ...hit, score: Math.max(1, relevance(hit)) });
    for (const hit of ranked) add(hit);
    return out;
  }
  const directIds = new Set(direct.map((hit) => hit.id));
  const merged = [
    ...direct.map((hit) => ({ ...hit, score: relevance(hit) })),
    ...ranked
      .filter((hit) => hit.type === 'faq' || !directIds.has(hit.id))
      .map((hit) => (hit.type === 'faq' && hit.matchedIn === 'naam' ? { ...hit, score: hit.score + QUESTION_BONUS } : hit)),
  ];
  merged.sort((a, b) => b.score - a.score);
  for (const hit of merged) add(hit);
  return out;
}

/**
 * For a query about side effects, the questions that tell the patient to act now come before
 * every other question (procedures such as reporting to Lareb included).
 */
export function safetyFirst(
  reading: QueryReading,
  results: readonly SearchResult[],
  urgentIds: ReadonlySet<string>,
  categoryOf: (id: string) => Category | undefined,
): SearchResult[] {
  const aboutSideEffects =
    reading.content.some((word) => SIDE_EFFECT_PREFIXES.some((prefix) => word.startsWith(prefix))) ||
    results.some((hit) => hit.type === 'term' && hit.match !== 'words' && hit.match !== 'fuzzy' && categoryOf(hit.id) === SIDE_EFFECT_CATEGORY);
  const urgent = aboutSideEffects ? results.filter((hit) => hit.type === 'faq' && urgentIds.has(hit.id)) : [];
  if (urgent.length === 0) return [...results];
  const rest = results.filter((hit) => !urgent.includes(hit));
  const firstQuestion = rest.findIndex((hit) => hit.type === 'faq');
  const at = firstQuestion < 0 ? rest.length : firstQuestion;
  return [...rest.slice(0, at), ...urgent, ...rest.slice(at)];
}
