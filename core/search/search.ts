import type { Content } from '../data/types';
import { readQuery, stem, type QueryReading } from './query-reading';
import { orderResults, safetyFirst } from './result-order';
import { MIN_BODY_WORD_LENGTH, URGENT_QUESTION_IDS } from './search-config';
import { searchWords, toSearchDocuments, type ResultType } from './search-documents';
import { looksLikeMedicineName, MedicineLookAlikes } from './medicine-names';
import { TypoMatcher } from './typo-matcher';
import { WordIndex } from './word-index';
import { findAllForms } from '../finder/find-terms';
import { buildTermIndex } from '../finder/term-index';

export type MatchField = 'naam' | 'uitleg';

/**
 * How a result was found: `exact` its own name (or the whole question), `alias` another name
 * (brand name, variant), `everyday` the everyday-word table, `words` the query's words in its
 * name or text, `fuzzy` a name with a typo.
 */
export type MatchKind = 'exact' | 'alias' | 'everyday' | 'words' | 'fuzzy';

export interface SearchResult {
  type: ResultType;
  id: string;
  title: string;
  match: MatchKind;
  /** Where the query matched: the name (term, alias, question) or the explanation/answer. */
  matchedIn: MatchField;
  /** The other name or everyday word that led here, when it is not the title ("Keytruda"). */
  via?: string;
  /** A medicine whose name only looks like the query: offer it ("Bedoel je …?"), never answer with it. */
  suggestion?: true;
  /** Higher is better; only comparable within one search. */
  score: number;
}

export interface SearchAnswer {
  /** Best answer first. */
  results: SearchResult[];
  /** Medicines with a similar name, for a query word that is a medicine the glossary lacks. */
  suggestions: SearchResult[];
  /** The query word that has the shape of a medicine name but is not in the glossary. */
  unknownMedicine?: string;
  /**
   * Terms a question names when nothing answers the question itself ("zwanger worden tijdens
   * immuuntherapie"): worth a link, not the answer.
   */
  mentioned: SearchResult[];
}

export interface Searcher {
  /** Answers, then suggestions (flagged `suggestion`). */
  search(query: string, limit?: number): SearchResult[];
  answer(query: string, limit?: number): SearchAnswer;
}

export interface SearcherOptions {
  /** Questions that tell the patient to act now; see URGENT_QUESTION_IDS. */
  urgentQuestionIds?: readonly string[];
}

interface NameForm {
  doc: number;
  form: string;
  kind: 'exact' | 'alias';
}

interface DocumentScore {
  nameWeight: number;
  bodyWeight: number;
  /** Query words found in the name. */
  nameWords: number;
  fuzzy: boolean;
}

/** A document that covers less than this share of the query's weight is not an answer to it. */
const MIN_COVERAGE = 0.5;
/** A word found only in the explanation or answer counts for this much of a word in the name. */
const BODY_WEIGHT = 0.6;
/** Weight of the share of a name the query covers: of two questions with the same words, the shorter. */
const NAME_SHARE_WEIGHT = 0.1;
/** Longest run of query words tried as one name ("uitzaaiingen in de hersenen"). */
const MAX_NAME_WORDS = 4;

const closed = (words: readonly string[]) => words.join('');

export function createSearcher(content: Pick<Content, 'glossary' | 'faq' | 'everydayWords'>, options: SearcherOptions = {}): Searcher {
  const documents = toSearchDocuments(content);
  const urgentIds = new Set(options.urgentQuestionIds ?? URGENT_QUESTION_IDS);
  const nameWords = new WordIndex(documents.map((doc) => doc.names.join(' ')));
  const bodyWords = new WordIndex(documents.map((doc) => doc.body));
  const nameVocabulary = nameWords.words();
  const categoryById = new Map(content.glossary.map((entry) => [entry.id, entry.category]));
  const categoryOf = (id: string) => categoryById.get(id);

  // A typed name ("keytruda", "PD L1", "pdl1") points straight at its term.
  const formsByClosed = new Map<string, NameForm>();
  const medicineByName = new Map<string, number>();
  documents.forEach((doc, index) => {
    if (doc.type !== 'term') return;
    doc.names.forEach((name, formIndex) => {
      const key = name.replaceAll(' ', '');
      if (!formsByClosed.has(key)) formsByClosed.set(key, { doc: index, form: doc.forms[formIndex]!, kind: formIndex === 0 ? 'exact' : 'alias' });
      if (doc.category === 'medicijn' && !name.includes(' ') && !medicineByName.has(name)) medicineByName.set(name, index);
    });
  });
  const questionByWords = new Map(documents.flatMap((doc, index) => (doc.type === 'faq' ? [[doc.names[0]!, index] as const] : [])));
  const everydayWords = Object.entries(content.everydayWords).flatMap(([phrase, id]) => {
    const doc = documents.findIndex((candidate) => candidate.type === 'term' && candidate.id === id);
    return doc < 0 ? [] : [{ phrase: searchWords(phrase).join(' '), doc, via: phrase }];
  });

  // A compound of a term ("botuitzaaiingen") points at its head's term, as the finder marks it.
  const termIndex = buildTermIndex(content.glossary);
  const termDocById = new Map(documents.flatMap((doc, index) => (doc.type === 'term' ? [[doc.id, index] as const] : [])));
  /** The term a single query word is a compound of; not for heads that are also everyday words. */
  const compoundHead = (word: string): number | undefined => {
    if (formsByClosed.has(word)) return undefined;
    const [match, ...more] = findAllForms(termIndex, word);
    if (!match || more.length > 0 || match.ambiguous || match.start !== 0 || match.end !== word.length) return undefined;
    return termDocById.get(match.id);
  };

  const vocabulary = new TypoMatcher(nameVocabulary);
  const closedNames = new TypoMatcher([...formsByClosed.keys()]);
  const medicineLookAlikes = new MedicineLookAlikes(medicineByName);

  /** The name vocabulary word a mistyped word stands for ("nivolumap" → "nivolumab"). */
  const correct = (word: string) => vocabulary.correct(word);

  /** The term a mistyped run of words names ("niet kleincellig longkanker" → NSCLC). */
  function fuzzyName(key: string): NameForm | undefined {
    const found = closedNames.correct(key);
    return found === undefined ? undefined : formsByClosed.get(found);
  }

  function answer(query: string, limit = 20): SearchAnswer {
    const reading = readQuery(query);
    if (closed(reading.words).length < 2) return { results: [], suggestions: [], mentioned: [] };
    const direct: SearchResult[] = [];
    // Which terms each query word named (alone, in a run of words, as an everyday word): they count as found in the name.
    const namedBy = new Map<string, Set<number>>();
    const addDirect = (doc: number, match: MatchKind, via: string | undefined, words: readonly string[] = []) => {
      for (const word of words) {
        let docs = namedBy.get(word);
        if (!docs) namedBy.set(word, (docs = new Set()));
        docs.add(doc);
      }
      if (direct.some((hit) => hit.id === documents[doc]!.id)) return;
      direct.push(result(doc, match, 'naam', via, 0));
    };

    // Whole names: the query, the subject of "wat is …", or a run of its words.
    const wholeKeys = [closed(reading.words), closed(reading.subject)];
    let named = false;
    for (const key of wholeKeys) {
      const form = formsByClosed.get(key);
      if (form) {
        addDirect(form.doc, form.kind, form.form);
        named = true;
      }
    }
    if (!named && reading.subject.length > 1 && reading.subject.length <= MAX_NAME_WORDS) {
      const form = fuzzyName(closed(reading.subject));
      if (form) {
        addDirect(form.doc, 'fuzzy', form.form);
        named = true;
      }
    }
    const spaced = ` ${reading.words.join(' ')} `;
    for (const { phrase, doc, via } of everydayWords) {
      if (!spaced.includes(` ${phrase} `)) continue;
      addDirect(doc, 'everyday', via, phrase.split(' '));
      if (phrase === reading.subject.join(' ')) named = true;
    }
    for (let size = Math.min(MAX_NAME_WORDS, reading.words.length); size >= 1; size--) {
      for (let start = 0; start + size <= reading.words.length; start++) {
        const run = reading.words.slice(start, start + size);
        if (size === 1 && !reading.content.includes(run[0]!)) continue;
        const form = formsByClosed.get(closed(run));
        if (form) addDirect(form.doc, form.kind, form.form, run);
        const head = size === 1 ? compoundHead(run[0]!) : undefined;
        if (head !== undefined) addDirect(head, 'alias', run[0], run);
      }
    }

    // The query's words in names and texts, weighed by how rare they are.
    const scores = new Map<number, DocumentScore>();
    const score = (doc: number) => {
      let found = scores.get(doc);
      if (!found) scores.set(doc, (found = { nameWeight: 0, bodyWeight: 0, nameWords: 0, fuzzy: false }));
      return found;
    };
    let totalWeight = 0;
    let unknownMedicine: string | undefined;
    const suggestions: SearchResult[] = [];
    const offerSuggestions = (word: string) => {
      for (const doc of medicineLookAlikes.suggest(word)) {
        if (!suggestions.some((hit) => hit.id === documents[doc]!.id)) suggestions.push({ ...result(doc, 'fuzzy', 'naam', undefined, 0), suggestion: true });
      }
    };
    for (const word of reading.content) {
      const prefix = stem(word);
      let inNames = nameWords.documentsWithPrefix(prefix);
      const inBodies = prefix.length >= MIN_BODY_WORD_LENGTH ? bodyWords.documentsWithPrefix(prefix) : new Set<number>();
      let fuzzy = false;
      const form = formsByClosed.get(word);
      if (form && form.kind === 'alias') {
        // "keytruda" also finds the questions that call it pembrolizumab.
        const title = documents[form.doc]!.names[0]!;
        if (!title.includes(' ')) for (const doc of nameWords.documentsWithPrefix(title)) inNames.add(doc);
      }
      if (inNames.size === 0 && inBodies.size === 0 && !namedBy.has(word)) {
        const corrected = correct(word);
        if (corrected) {
          inNames = nameWords.documentsWithPrefix(corrected);
          fuzzy = true;
          const correctedForm = formsByClosed.get(corrected);
          if (correctedForm) addDirect(correctedForm.doc, 'fuzzy', correctedForm.form, [word]);
        } else if (!form && looksLikeMedicineName(word)) {
          // Said plainly apart from the results; the other words still search.
          unknownMedicine ??= word;
          offerSuggestions(word);
          continue;
        }
      }
      for (const doc of namedBy.get(word) ?? []) inNames.add(doc);
      const weight = Math.log(1 + documents.length / Math.max(1, new Set([...inNames, ...inBodies]).size));
      totalWeight += weight;
      for (const doc of inNames) {
        const found = score(doc);
        found.nameWeight += weight;
        found.nameWords++;
        found.fuzzy ||= fuzzy;
      }
      for (const doc of inBodies) if (!inNames.has(doc)) score(doc).bodyWeight += weight;
    }

    const ranked: SearchResult[] = [];
    const relevanceOf = new Map<string, number>();
    const coverageOf = new Map<string, number>();
    for (const [doc, { nameWeight, bodyWeight, nameWords: wordsInName, fuzzy }] of scores) {
      const coverage = totalWeight === 0 ? 0 : (nameWeight + bodyWeight) / totalWeight;
      const nameShare = wordsInName / Math.max(1, documents[doc]!.names[0]!.split(' ').length);
      const relevance = (nameWeight + BODY_WEIGHT * bodyWeight) / Math.max(totalWeight, 1e-9) + NAME_SHARE_WEIGHT * Math.min(1, nameShare);
      relevanceOf.set(`${documents[doc]!.type}:${documents[doc]!.id}`, relevance);
      coverageOf.set(`${documents[doc]!.type}:${documents[doc]!.id}`, coverage);
      if (reading.content.length > 1 && coverage < MIN_COVERAGE) continue;
      ranked.push(result(doc, fuzzy ? 'fuzzy' : 'words', nameWeight > 0 ? 'naam' : 'uitleg', undefined, relevance));
    }
    ranked.sort((a, b) => b.score - a.score || (a.type === b.type ? 0 : a.type === 'term' ? -1 : 1));

    const exactQuestion = exactQuestionIndex(reading);
    // A term a question mentions is no answer when nothing answers the rest of the question.
    const answered = named || !reading.questionLike || ranked.length > 0;
    const relevantDirect = answered ? direct : direct.filter((hit) => (coverageOf.get(`term:${hit.id}`) ?? 0) >= MIN_COVERAGE);
    const ordered = orderResults({
      reading,
      named,
      exactQuestion: exactQuestion === undefined ? undefined : result(exactQuestion, 'exact', 'naam', undefined, 2),
      direct: relevantDirect,
      ranked,
      relevance: (hit) => relevanceOf.get(`${hit.type}:${hit.id}`) ?? 0,
    });
    // Beside a medicine the glossary lacks, another medicine is shown only when the query names it.
    const shown = unknownMedicine === undefined ? ordered : ordered.filter((hit) => hit.type !== 'term' || hit.match !== 'words' || categoryOf(hit.id) !== 'medicijn');
    const results = safetyFirst(reading, shown, urgentIds, categoryOf).slice(0, limit);
    const mentioned = answered ? [] : direct.filter((hit) => !relevantDirect.includes(hit));
    return unknownMedicine === undefined ? { results, suggestions, mentioned } : { results, suggestions, mentioned, unknownMedicine };
  }

  function exactQuestionIndex(reading: QueryReading): number | undefined {
    const asked = reading.words.join(' ');
    const exact = questionByWords.get(asked);
    if (exact !== undefined || reading.words.length < 4) return exact;
    for (const [words, doc] of questionByWords) if (words.startsWith(`${asked} `)) return doc;
    return undefined;
  }

  function result(doc: number, match: MatchKind, matchedIn: MatchField, via: string | undefined, score: number): SearchResult {
    const { type, id, title } = documents[doc]!;
    const hit: SearchResult = { type, id, title, match, matchedIn, score };
    if (via !== undefined && searchWords(via).join(' ') !== searchWords(title).join(' ')) hit.via = via;
    return hit;
  }

  return {
    answer,
    search(query, limit) {
      const { results, suggestions } = answer(query, limit);
      return [...results, ...suggestions];
    },
  };
}
