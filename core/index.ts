export * from './data/types';
export { ContentError, validateContent } from './data/validate';
export { buildTermIndex, type TermIndex } from './finder/term-index';
export { findAllForms, findTerms, resolveAmbiguous, type TermMatch } from './finder/find-terms';
export { createSearcher, type SearchResult, type Searcher } from './search/search';
export { foldText } from './text/characters';
