import { CONSULTATION_ADVICE, PREPARATION_LABELS } from './consultation-advice';
import { filledQuestions, type Preparation, type QuestionList, type QuestionSource } from './question-list';

export interface Explanation {
  title: string;
  text: string;
}

export type Explain = (source: QuestionSource) => Explanation | undefined;

export const LIST_TITLE = 'Mijn vragen voor het gesprek met de arts';

/** "1 december 2026": the date a printed or copied list was made. */
export function formatListDate(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

function preparationLines(preparation: Preparation): string[] {
  return (Object.keys(PREPARATION_LABELS) as (keyof Preparation)[])
    .filter((field) => preparation[field].trim() !== '')
    .map((field) => `${PREPARATION_LABELS[field]}: ${preparation[field].trim()}`);
}

/** The list as plain text, for "Kopieer als tekst": numbered questions, each with its explanation. */
export function questionListAsText(list: QuestionList, explain: Explain, date: Date): string {
  const lines = [LIST_TITLE, formatListDate(date), ''];
  const questions = filledQuestions(list);
  if (questions.length === 0) lines.push('(Nog geen vragen.)');
  questions.forEach((question, index) => {
    lines.push(`${index + 1}. ${question.done ? '[besproken] ' : ''}${question.text.trim()}`);
    const explanation = question.about && explain(question.about);
    if (explanation) lines.push(`   ${explanation.title}: ${explanation.text}`);
  });
  const preparation = preparationLines(list.preparation);
  lines.push('', 'Voorbereiding', ...preparation.map((line) => `- ${line}`), ...CONSULTATION_ADVICE.map((line) => `- ${line}`));
  lines.push('', 'Algemene uitleg uit Immuunwijzer, geen medisch advies.');
  return lines.join('\n');
}
