import type { QuestionSource } from '../core/questions/question-list';

/**
 * Content script → background: put a ready question about a glossary term on the list. The
 * content script sends only the term's id; the background writes the question from its own glossary.
 */
export interface AddQuestionMessage {
  type: 'add-question';
  about: QuestionSource;
}

export type AddQuestionAnswer = { ok: true; added: boolean } | { ok: false };

export function isAddQuestionMessage(value: unknown): value is AddQuestionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, about } = value as { type?: unknown; about?: { type?: unknown; id?: unknown } };
  return type === 'add-question' && typeof about === 'object' && about !== null && (about.type === 'term' || about.type === 'faq') && typeof about.id === 'string';
}
