import type { Category, Content } from '../data/types';
import { foldText } from '../text/characters';

export type ResultType = 'term' | 'faq';

/** One searchable record: a glossary term or an FAQ question, its text folded for Dutch. */
export interface SearchDocument {
  type: ResultType;
  id: string;
  title: string;
  category?: Category;
  /** Term and aliases, or the question, as they were written. */
  forms: string[];
  /** The same forms as words, folded, space-separated ("PD-L1?" → "pd l1"). */
  names: string[];
  /** Explanation or answer as words, folded. */
  body: string;
}

/** Folded words: case and diacritics gone, punctuation and hyphens split words. */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

const asWords = (text: string) => searchWords(text).join(' ');

export function toSearchDocuments(content: Pick<Content, 'glossary' | 'faq'>): SearchDocument[] {
  const terms = content.glossary.map((entry): SearchDocument => {
    const forms = [entry.term, ...entry.aliases];
    return {
      type: 'term',
      id: entry.id,
      title: entry.term,
      category: entry.category,
      forms,
      names: forms.map(asWords),
      body: asWords(`${entry.short} ${entry.explanation}`),
    };
  });
  const questions = content.faq.map(
    (entry): SearchDocument => ({
      type: 'faq',
      id: entry.id,
      title: entry.question,
      forms: [entry.question],
      names: [asWords(entry.question)],
      body: asWords(entry.answer),
    }),
  );
  return [...terms, ...questions];
}
