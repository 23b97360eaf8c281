import type { QuestionSource } from '../core/questions/question-list';

/**
 * Content script → background: put a ready question about a glossary term on the list. It carries
 * the term's id and its name from the extension's own glossary, never text from the page.
 */
export interface AddQuestionMessage {
  type: 'add-question';
  about: QuestionSource;
  term: string;
}

/** Longer than any term name: anything longer did not come from the glossary. */
const MAX_TERM_LENGTH = 120;

export type AddQuestionAnswer = { ok: true; added: boolean } | { ok: false };

export function isAddQuestionMessage(value: unknown): value is AddQuestionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, about, term } = value as { type?: unknown; about?: { type?: unknown; id?: unknown }; term?: unknown };
  return (
    type === 'add-question' &&
    typeof term === 'string' &&
    term.trim() !== '' &&
    term.length <= MAX_TERM_LENGTH &&
    typeof about === 'object' &&
    about !== null &&
    about.type === 'term' &&
    typeof about.id === 'string'
  );
}
