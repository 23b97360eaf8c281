import type { TooltipEntry } from '../../core/data/types';
import type { AddQuestionAnswer, AddQuestionMessage } from '../../utils/question-list-messages';
import { ReadAloudButton } from '../speech/ReadAloudButton';
import { AddToQuestionsButton, type AddOutcome } from './AddToQuestionsButton';

export interface TooltipActionsProps {
  entry: TooltipEntry;
}

/**
 * The tooltip runs in a web page: the question goes to the background, which alone writes the list.
 * Only the term's id and name from the glossary travel; never any page text.
 */
async function addFromTooltip(entry: TooltipEntry): Promise<AddOutcome> {
  const message: AddQuestionMessage = { type: 'add-question', about: { type: 'term', id: entry.id }, term: entry.term };
  const answer = (await browser.runtime.sendMessage(message)) as AddQuestionAnswer | undefined;
  return answer?.ok ? (answer.added ? 'added' : 'already') : 'failed';
}

/** "Zet op mijn vragenlijst" and "Voorlezen" in the tooltip. */
export function TooltipActions({ entry }: TooltipActionsProps) {
  return (
    <>
      <AddToQuestionsButton subject={entry.term} add={() => addFromTooltip(entry)} trustedOnly class="link" />
      <ReadAloudButton text={`${entry.term}. ${entry.short}`} subject={entry.term} class="link" />
    </>
  );
}
