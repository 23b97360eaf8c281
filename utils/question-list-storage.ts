import { storage } from 'wxt/utils/storage';
import { addQuestion, type QuestionList, type QuestionSource } from '../core/questions/question-list';
import { parseStoredList, toStored, type ParsedQuestionList } from '../core/questions/stored-question-list';

/**
 * Only on this device: `local:`, never `sync:` (which would send the list to the browser vendor's
 * servers), and never in any message that leaves the extension.
 */
const LIST_KEY = 'local:questionList';
/** What could not be read is copied here before the first save overwrites it, so nothing is thrown away. */
const UNREADABLE_COPY_KEY = 'local:questionListUnreadable';

export type IsKnownEntry = (source: QuestionSource) => boolean;

export async function loadQuestionList(isKnown?: IsKnownEntry): Promise<ParsedQuestionList> {
  const raw = await storage.getItem<unknown>(LIST_KEY);
  const parsed = parseStoredList(raw, isKnown);
  if (parsed.problem && raw !== null) await storage.setItem(UNREADABLE_COPY_KEY, raw).catch(() => undefined);
  return parsed;
}

export function saveQuestionList(list: QuestionList): Promise<void> {
  return storage.setItem(LIST_KEY, toStored(list));
}

/** Calls back when another part of the extension (a tab's tooltip, another popup) changed the list. */
export function watchQuestionList(onChange: (parsed: ParsedQuestionList) => void, isKnown?: IsKnownEntry): () => void {
  return storage.watch<unknown>(LIST_KEY, (raw) => onChange(parseStoredList(raw, isKnown)));
}

/** Adds one ready question; true when it was added, false when it was on the list already. */
export async function addToStoredQuestionList(text: string, about?: QuestionSource, isKnown?: IsKnownEntry): Promise<boolean> {
  const { list } = await loadQuestionList(isKnown);
  const next = addQuestion(list, text, about);
  if (next === list) return false;
  await saveQuestionList(next);
  return true;
}
