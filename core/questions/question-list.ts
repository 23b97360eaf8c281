/** What a question on the list was made from: the print view explains that entry beside it. */
export interface QuestionSource {
  type: 'term' | 'faq';
  id: string;
}

export interface Question {
  id: string;
  text: string;
  done: boolean;
  about?: QuestionSource;
}

/** The folder's advice for the consultation ("Goed voorbereid naar het gesprek met de behandelend arts"). */
export interface Preparation {
  /** Who comes along to listen and ask. */
  companion: string;
  contactName: string;
  contactPhone: string;
}

export interface QuestionList {
  questions: Question[];
  preparation: Preparation;
}

export interface DeletedQuestion {
  question: Question;
  index: number;
}

export const EMPTY_PREPARATION: Preparation = { companion: '', contactName: '', contactPhone: '' };

export function emptyQuestionList(): QuestionList {
  return { questions: [], preparation: { ...EMPTY_PREPARATION } };
}

/** q1, q2, …: the next id not in use, so ids stay unique without a clock or randomness. */
export function nextQuestionId(list: QuestionList): string {
  const used = list.questions.map((question) => Number(/^q(\d+)$/.exec(question.id)?.[1] ?? 0));
  return `q${Math.max(0, ...used) + 1}`;
}

/**
 * Adds a question at the end. A question about an entry that is already on the list (and not yet
 * ticked off) is not added twice: a second click in the tooltip must not fill the list.
 */
export function addQuestion(list: QuestionList, text: string, about?: QuestionSource): QuestionList {
  const trimmed = text.trim();
  if (!trimmed) return list;
  if (about && list.questions.some((question) => !question.done && question.about?.type === about.type && question.about.id === about.id)) {
    return list;
  }
  const question: Question = { id: nextQuestionId(list), text: trimmed, done: false, ...(about && { about: { ...about } }) };
  return { ...list, questions: [...list.questions, question] };
}

function updateQuestion(list: QuestionList, id: string, change: (question: Question) => Question): QuestionList {
  if (!list.questions.some((question) => question.id === id)) return list;
  return { ...list, questions: list.questions.map((question) => (question.id === id ? change(question) : question)) };
}

/** Keeps the text exactly as typed (spaces included): trimming while typing would eat the space before the next word. */
export function editQuestion(list: QuestionList, id: string, text: string): QuestionList {
  return updateQuestion(list, id, (question) => ({ ...question, text }));
}

export function setDone(list: QuestionList, id: string, done: boolean): QuestionList {
  return updateQuestion(list, id, (question) => ({ ...question, done }));
}

/** Moves a question up (negative) or down (positive), stopping at either end. */
export function moveQuestion(list: QuestionList, id: string, delta: number): QuestionList {
  const from = list.questions.findIndex((question) => question.id === id);
  if (from < 0) return list;
  const to = Math.min(list.questions.length - 1, Math.max(0, from + delta));
  if (to === from) return list;
  const questions = [...list.questions];
  const [moved] = questions.splice(from, 1);
  questions.splice(to, 0, moved!);
  return { ...list, questions };
}

export function deleteQuestion(list: QuestionList, id: string): { list: QuestionList; deleted?: DeletedQuestion } {
  const index = list.questions.findIndex((question) => question.id === id);
  const question = list.questions[index];
  if (!question) return { list };
  return { list: { ...list, questions: list.questions.filter((_, at) => at !== index) }, deleted: { question, index } };
}

/** Puts a deleted question back where it was (or at the end if the list got shorter). */
export function undoDelete(list: QuestionList, deleted: DeletedQuestion): QuestionList {
  if (list.questions.some((question) => question.id === deleted.question.id)) return list;
  const questions = [...list.questions];
  questions.splice(Math.min(deleted.index, questions.length), 0, deleted.question);
  return { ...list, questions };
}

export function setPreparation(list: QuestionList, field: keyof Preparation, value: string): QuestionList {
  return { ...list, preparation: { ...list.preparation, [field]: value } };
}

/** Empty questions are dropped from what is printed or copied, but kept while the patient types. */
export function filledQuestions(list: QuestionList): Question[] {
  return list.questions.filter((question) => question.text.trim() !== '');
}
