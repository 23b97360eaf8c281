import type { Content } from '../../core/data/types';
import { questionForAnswer, questionForTerm } from '../../core/questions/ready-questions';
import { addToStoredQuestionList } from '../../utils/question-list-storage';
import type { EntryRef } from '../EntryView';
import type { AddOutcome } from './AddToQuestionsButton';
import { isKnownIn } from './explain-entry';

/** The ready question for an entry, written straight to storage (popup and uitleg page are extension pages). */
export async function addEntryQuestion(content: Content, entry: EntryRef): Promise<AddOutcome> {
  const text =
    entry.type === 'term'
      ? questionForTerm(content.glossary.find((candidate) => candidate.id === entry.id)?.term ?? entry.id)
      : questionForAnswer(content.faq.find((candidate) => candidate.id === entry.id)?.question ?? entry.id);
  try {
    return (await addToStoredQuestionList(text, entry, isKnownIn(content))) ? 'added' : 'already';
  } catch {
    return 'failed';
  }
}
