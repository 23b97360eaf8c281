import { questionForTerm } from '../core/questions/ready-questions';
import { isAddQuestionMessage, type AddQuestionAnswer } from './question-list-messages';
import { addToStoredQuestionList } from './question-list-storage';

/**
 * The background's part of "Zet op mijn vragenlijst" in a tooltip: a tab's content script asks, the
 * background writes the list. Only messages from this extension's own scripts are accepted.
 */
export function listenForQuestionMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (!isAddQuestionMessage(message) || sender.id !== browser.runtime.id) return undefined;
    return addToStoredQuestionList(questionForTerm(message.term.trim()), { type: 'term', id: message.about.id }).then(
      (added): AddQuestionAnswer => ({ ok: true, added }),
      (): AddQuestionAnswer => ({ ok: false }),
    );
  });
}
