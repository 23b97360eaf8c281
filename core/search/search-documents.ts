import type { Content } from '../data/types';
import { foldText } from '../text/characters';

export type ResultType = 'term' | 'faq';

/** One searchable record: a glossary term or an FAQ question, its text folded for Dutch. */
export interface SearchDocument {
  type: ResultType;
  id: string;
  title: string;
  /** Term and aliases, or the question: folded, also without spaces ("pd l1", "pdl1"). */
  names: string[];
  /** Explanation or answer, folded. */
  body: string;
}

function withClosedForms(forms: string[]): string[] {
  const folded = forms.map(foldText);
  const closed = folded.filter((form) => form.includes(' ')).map((form) => form.replaceAll(' ', ''));
  return [...new Set([...folded, ...closed])];
}

export function toSearchDocuments(content: Pick<Content, 'glossary' | 'faq'>): SearchDocument[] {
  const terms = content.glossary.map(
    (entry): SearchDocument => ({
      type: 'term',
      id: entry.id,
      title: entry.term,
      names: withClosedForms([entry.term, ...entry.aliases]),
      body: foldText(`${entry.short} ${entry.explanation}`),
    }),
  );
  const questions = content.faq.map(
    (entry): SearchDocument => ({
      type: 'faq',
      id: entry.id,
      title: entry.question,
      names: [foldText(entry.question)],
      body: foldText(entry.answer),
    }),
  );
  return [...terms, ...questions];
}
