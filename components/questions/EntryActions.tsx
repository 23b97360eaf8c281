import type { Content } from '../../core/data/types';
import type { EntryRef } from '../EntryView';
import { ReadAloudButton } from '../speech/ReadAloudButton';
import { AddToQuestionsButton } from './AddToQuestionsButton';
import { addEntryQuestion } from './add-from-entry';
import './questions.css';

export interface EntryActionsProps {
  content: Content;
  entry: EntryRef;
}

function readAloudText(content: Content, entry: EntryRef): { subject: string; text: string } | undefined {
  const plain = (text: string) => text.replace(/^\s*- /gm, '').replace(/\s+/g, ' ').trim();
  if (entry.type === 'term') {
    const term = content.glossary.find((candidate) => candidate.id === entry.id);
    return term && { subject: term.term, text: `${term.term}. ${term.short} ${plain(term.explanation)}` };
  }
  const faq = content.faq.find((candidate) => candidate.id === entry.id);
  return faq && { subject: faq.question, text: `${faq.question} ${plain(faq.answer)}` };
}

/** The buttons under an entry in the popup and on the uitleg page: put it on the list, read it aloud. */
export function EntryActions({ content, entry }: EntryActionsProps) {
  const reading = readAloudText(content, entry);
  if (!reading) return null;
  return (
    <p class="entry-actions no-print">
      <AddToQuestionsButton subject={reading.subject} add={() => addEntryQuestion(content, entry)} />{' '}
      <ReadAloudButton text={reading.text} subject={reading.subject} />
    </p>
  );
}
