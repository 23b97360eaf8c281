import type { Content } from '../../core/data/types';
import { CONSULTATION_ADVICE, PREPARATION_LABELS } from '../../core/questions/consultation-advice';
import { formatListDate, LIST_TITLE } from '../../core/questions/plain-text';
import { filledQuestions, type Preparation, type QuestionList } from '../../core/questions/question-list';
import { explainerFor } from './explain-entry';

export interface QuestionPrintSheetProps {
  content: Content;
  list: QuestionList;
  date: Date;
}

/** The list as it goes on paper: each question with the explanation of its term beside it, and the date. */
export function QuestionPrintSheet({ content, list, date }: QuestionPrintSheetProps) {
  const explain = explainerFor(content);
  const questions = filledQuestions(list);
  const fields = (Object.keys(PREPARATION_LABELS) as (keyof Preparation)[]).filter((field) => list.preparation[field].trim());
  return (
    <article class="print-sheet" data-testid="print-sheet">
      <header class="print-sheet-header">
        <p class="print-sheet-title">{LIST_TITLE}</p>
        <p class="print-sheet-date" data-testid="print-date">
          {formatListDate(date)}
        </p>
      </header>
      {questions.length === 0 ? (
        <p>Nog geen vragen op je lijst.</p>
      ) : (
        <ol class="print-questions">
          {questions.map((question) => {
            const explanation = question.about && explain(question.about);
            return (
              <li key={question.id} data-testid="print-question">
                <div class="print-question">
                  <p class="print-question-text">
                    {question.done && <span class="print-done">(besproken) </span>}
                    {question.text.trim()}
                  </p>
                  <p class="print-question-explanation" data-testid="print-explanation">
                    {explanation && (
                      <>
                        <strong>{explanation.title}:</strong> {explanation.text}
                      </>
                    )}
                  </p>
                  <div class="print-answer-space" aria-hidden="true" />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <section class="print-preparation">
        <h2>Voorbereiding</h2>
        {fields.length > 0 && (
          <dl>
            {fields.map((field) => (
              <div key={field}>
                <dt>{PREPARATION_LABELS[field]}</dt>
                <dd>{list.preparation[field].trim()}</dd>
              </div>
            ))}
          </dl>
        )}
        <ul>
          {CONSULTATION_ADVICE.map((advice) => (
            <li key={advice}>{advice}</li>
          ))}
        </ul>
      </section>
      <p class="disclaimer">Algemene uitleg uit Immuunwijzer, geen medisch advies. Bespreek je eigen situatie met je arts.</p>
    </article>
  );
}
