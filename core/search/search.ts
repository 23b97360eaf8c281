import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Content } from '../data/types';
import { foldText } from '../text/characters';
import { toSearchDocuments, type ResultType, type SearchDocument } from './search-documents';
import { WordIndex } from './word-index';

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
  // Fuse matches the short names (terms, aliases, questions) with typo tolerance; the long
  // explanations and answers go through the word index, which is much faster on long text.
  keys: ['names'],
  // Token search compares each query word on its own, so long questions are not cut at 32 characters
  // and rare words ("huid") weigh more than common ones ("bij").
  useTokenSearch: true,
  ignoreLocation: true,
  // Names and queries are folded by foldText already (case, diacritics, hyphens); Fuse need not redo it.
  isCaseSensitive: true,
  ignoreDiacritics: false,
  includeScore: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** Words that carry no meaning for the search: a query "wat is keytruda" is about "keytruda". */
const STOP_WORDS = new Set(
  'de het een en of van in op te voor met bij is wat hoe wie waar wanneer waarom welke ik je mijn jij u zijn er aan als dat die dit kan krijg heb'.split(
    ' ',
  ),
);

/** Query words shorter than this only count in names: "pd" in a long answer says little. */
const MIN_BODY_WORD_LENGTH = 3;

function meaningfulWords(foldedQuery: string): string[] {
  return foldedQuery.split(' ').filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

interface Candidate {
  doc: SearchDocument;
  /** Query words found at a word start: 2 for each in a name, 1 for each in the body. */
  covered: number;
  inName: boolean;
  fuzzyScore: number;
}

export function createSearcher(content: Pick<Content, 'glossary' | 'faq' | 'everydayWords'>): Searcher {
  const documents = toSearchDocuments(content);
  const fuse = new Fuse(documents, FUSE_OPTIONS);
  const nameWords = new WordIndex(documents.map((doc) => doc.names.join(' ')));
  const bodyWords = new WordIndex(documents.map((doc) => doc.body));
  const termById = new Map(documents.filter((doc) => doc.type === 'term').map((doc) => [doc.id, doc]));

  // A typed name ("keytruda", "PD L1", "pdl1") points straight at its term.
  const termByName = new Map<string, { id: string; name: string }>();
  for (const entry of content.glossary) {
    for (const name of [entry.term, ...entry.aliases]) termByName.set(foldText(name).replaceAll(' ', ''), { id: entry.id, name });
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
    const byName = (key: string) => {
      const found = termByName.get(key);
      add(found?.id, 'exact', found?.name);
    };
    byName(foldedQuery.replaceAll(' ', ''));
    for (const word of words) byName(word);
    for (const [phrase, id] of everydayWords) {
      if (` ${foldedQuery} `.includes(` ${phrase} `)) add(id, 'everyday-word', phrase);
    }
    return hits;
  }

  function candidates(words: string[], fuzzyQuery: string, limit: number): Candidate[] {
    const byIndex = new Map<number, Candidate>();
    const candidate = (docIndex: number): Candidate => {
      let found = byIndex.get(docIndex);
      if (!found) byIndex.set(docIndex, (found = { doc: documents[docIndex]!, covered: 0, inName: false, fuzzyScore: 1 }));
      return found;
    };
    for (const result of fuse.search(fuzzyQuery, { limit: limit * 3 })) {
      const found = candidate(result.refIndex);
      found.fuzzyScore = result.score ?? 1;
      found.inName = true;
    }
    for (const word of words) {
      const inNames = nameWords.documentsWithPrefix(word);
      for (const docIndex of inNames) {
        const found = candidate(docIndex);
        found.covered += 2;
        found.inName = true;
      }
      if (word.length < MIN_BODY_WORD_LENGTH) continue;
      for (const docIndex of bodyWords.documentsWithPrefix(word)) {
        if (!inNames.has(docIndex)) candidate(docIndex).covered += 1;
      }
    }
    return [...byIndex.values()].sort((a, b) => b.covered - a.covered || a.fuzzyScore - b.fuzzyScore);
  }

  return {
    search(query, limit = 20) {
      const folded = foldText(query);
      if (folded.length < 2) return [];
      const words = meaningfulWords(folded);
      const hits = directHits(folded, words);
      const fuzzyQuery = words.length > 0 ? words.join(' ') : folded;
      for (const { doc, inName, fuzzyScore } of candidates(words.length > 0 ? words : [folded], fuzzyQuery, limit)) {
        if (hits.length >= limit) break;
        if (hits.some((hit) => hit.type === doc.type && hit.id === doc.id)) continue;
        hits.push({ type: doc.type, id: doc.id, title: doc.title, matchedIn: inName ? 'naam' : 'uitleg', reason: 'fuzzy', score: fuzzyScore });
      }
      return hits;
    },
  };
}
