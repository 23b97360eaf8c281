import type { Content } from '../../core/data/types';
import type { Explain } from '../../core/questions/plain-text';
import type { QuestionSource } from '../../core/questions/question-list';

/** The short explanation printed beside a question: a term's one-liner, or an answer's first paragraph. */
export function explainerFor(content: Content): Explain {
  return (source) => {
    if (source.type === 'term') {
      const term = content.glossary.find((entry) => entry.id === source.id);
      return term && { title: term.term, text: term.short };
    }
    const faq = content.faq.find((entry) => entry.id === source.id);
    if (!faq) return undefined;
    const first = faq.answer.split(/\n\s*\n/)[0] ?? '';
    const text = first.split('\n').map((line) => line.trim().replace(/^- /, '')).filter(Boolean).join(' ');
    return { title: faq.question, text };
  };
}

export function isKnownIn(content: Content): (source: QuestionSource) => boolean {
  return (source) => (source.type === 'term' ? content.glossary : content.faq).some((entry) => entry.id === source.id);
}
