import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Content } from '../data/types';
import { foldText } from '../text/characters';
import { toSearchDocuments, type ResultType, type SearchDocument } from './search-documents';

export type MatchField = 'naam' | 'uitleg';

export interface SearchResult {
  type: ResultType;
  id: string;
  title: string;
  /** Where the query matched: the name (term, alias, question) or the explanation/answer. */
  matchedIn: MatchField;
  /** Why it was found: an exact name, an everyday word that points to it, or a fuzzy match. */
  reason: 'exact' | 'everyday-word' | 'fuzzy';
  /** The other name or everyday word that led here, when it is not the title ("Keytruda"). */
  via?: string;
  score: number;
}

export interface Searcher {
  search(query: string, limit?: number): SearchResult[];
}

const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: [
    { name: 'names', weight: 3 },
    { name: 'body', weight: 1 },
  ],
  // Token search compares each query word on its own, so long questions are not cut at 32 characters
  // and rare words ("huid") weigh more than common ones ("bij").
  useTokenSearch: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  includeMatches: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** Words that carry no meaning for the search: a query "wat is keytruda" is about "keytruda". */
const STOP_WORDS = new Set(
  'de het een en of van in op te voor met bij is wat hoe wie waar wanneer waarom welke ik je mijn jij u zijn er aan als dat die dit kan krijg heb ik'.split(
    ' ',
  ),
);

function meaningfulWords(foldedQuery: string): string[] {
  return foldedQuery.split(' ').filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/**
 * How many query words a document contains as the start of a word, names counting double.
 * Fuse scores each word on its own; this puts a question that holds all the words above a term
 * that holds one of them perfectly.
 */
function coverage(doc: SearchDocument, words: string[]): number {
  const names = ` ${doc.names.join(' ')}`;
  const body = ` ${doc.body}`;
  let total = 0;
  for (const word of words) {
    if (names.includes(` ${word}`)) total += 2;
    else if (body.includes(` ${word}`)) total += 1;
  }
  return total;
}

function matchedField(result: FuseResult<SearchDocument>): MatchField {
  return result.matches?.some((match) => match.key === 'names') ? 'naam' : 'uitleg';
}

export function createSearcher(content: Pick<Content, 'glossary' | 'faq' | 'everydayWords'>): Searcher {
  const documents = toSearchDocuments(content);
  const fuse = new Fuse(documents, FUSE_OPTIONS);
  const termById = new Map(documents.filter((doc) => doc.type === 'term').map((doc) => [doc.id, doc]));

  // A typed name ("keytruda", "PD L1", "pdl1") points straight at its term.
  const termIdByName = new Map<string, string>();
  const nameByKey = new Map<string, string>();
  for (const entry of content.glossary) {
    for (const name of [entry.term, ...entry.aliases]) {
      const key = foldText(name).replaceAll(' ', '');
      termIdByName.set(key, entry.id);
      nameByKey.set(key, name);
    }
  }
  const everydayWords = new Map(Object.entries(content.everydayWords).map(([word, id]) => [foldText(word), id]));

  function directHits(foldedQuery: string, words: string[]): SearchResult[] {
    const hits: SearchResult[] = [];
    const add = (id: string | undefined, reason: SearchResult['reason'], via: string | undefined): void => {
      const doc = id === undefined ? undefined : termById.get(id);
      if (!doc || hits.some((hit) => hit.id === doc.id)) return;
      const hit: SearchResult = { type: 'term', id: doc.id, title: doc.title, matchedIn: 'naam', reason, score: 0 };
      if (via !== undefined && foldText(via) !== foldText(doc.title)) hit.via = via;
      hits.push(hit);
    };
    const byName = (key: string) => add(termIdByName.get(key), 'exact', nameByKey.get(key));
    byName(foldedQuery.replaceAll(' ', ''));
    for (const word of words) byName(word);
    for (const [phrase, id] of everydayWords) {
      if (` ${foldedQuery} `.includes(` ${phrase} `)) add(id, 'everyday-word', phrase);
    }
    return hits;
  }

  return {
    search(query, limit = 20) {
      const folded = foldText(query);
      if (folded.length < 2) return [];
      const words = meaningfulWords(folded);
      const hits = directHits(folded, words);
      const fuzzyQuery = words.length > 0 ? words.join(' ') : folded;
      const ranked = fuse
        .search(fuzzyQuery, { limit: limit * 3 + hits.length })
        .map((result) => ({ result, covered: words.length > 1 ? coverage(result.item, words) : 0 }))
        .sort((a, b) => b.covered - a.covered || (a.result.score ?? 1) - (b.result.score ?? 1));
      for (const { result } of ranked) {
        const doc = result.item;
        if (hits.some((hit) => hit.type === doc.type && hit.id === doc.id)) continue;
        hits.push({
          type: doc.type,
          id: doc.id,
          title: doc.title,
          matchedIn: matchedField(result),
          reason: 'fuzzy',
          score: result.score ?? 1,
        });
      }
      return hits.slice(0, limit);
    },
  };
}
