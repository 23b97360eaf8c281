import { glossary } from 'virtual:content-glossary';
import { questionForTerm } from '../core/questions/ready-questions';
import { isAddQuestionMessage, type AddQuestionAnswer } from './question-list-messages';
import { addToStoredQuestionList } from './question-list-storage';

/** The background's part of "Zet op mijn vragenlijst" in a tooltip: the one place a tab's request writes the list. */
export function listenForQuestionMessages(): void {
  const terms = new Map(glossary.map((entry) => [entry.id, entry.term]));
  const isKnown = (source: { type: string; id: string }) => source.type !== 'term' || terms.has(source.id);
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (!isAddQuestionMessage(message) || sender.id !== browser.runtime.id) return undefined;
    const term = message.about.type === 'term' ? terms.get(message.about.id) : undefined;
    if (term === undefined) return Promise.resolve<AddQuestionAnswer>({ ok: false });
    return addToStoredQuestionList(questionForTerm(term), message.about, isKnown).then(
      (added): AddQuestionAnswer => ({ ok: true, added }),
      (): AddQuestionAnswer => ({ ok: false }),
    );
  });
}
