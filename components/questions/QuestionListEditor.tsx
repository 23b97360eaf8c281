import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Content } from '../../core/data/types';
import { CONSULTATION_ADVICE, PREPARATION_LABELS } from '../../core/questions/consultation-advice';
import { LIST_TITLE } from '../../core/questions/plain-text';
import {
  addQuestion,
  deleteQuestion,
  editQuestion,
  moveQuestion,
  setDone,
  setPreparation,
  undoDelete,
  type DeletedQuestion,
  type Preparation,
  type Question,
} from '../../core/questions/question-list';
import { explainerFor } from './explain-entry';
import type { QuestionListState } from './use-question-list';
import './questions.css';

export interface QuestionListEditorProps {
  content: Content;
  state: QuestionListState;
  headingLevel?: 'h1' | 'h2';
}

type Action = 'up' | 'down' | 'delete' | 'undo' | 'add';

/** Focus the control that did the work again after the list re-renders (moved nodes lose focus). */
function useRefocus(): (id: string, action: Action) => void {
  const [target, setTarget] = useState<{ id: string; action: Action } | undefined>(undefined);
  useEffect(() => {
    if (!target) return;
    const selector = target.action === 'undo' || target.action === 'add' ? `[data-action="${target.action}"]` : `[data-question-id="${target.id}"] [data-action="${target.action}"]`;
    document.querySelector<HTMLElement>(selector)?.focus();
  }, [target]);
  return (id, action) => setTarget({ id, action });
}

function QuestionItem(props: { question: Question; index: number; count: number; content: Content; state: QuestionListState; onDelete: (id: string) => void; refocus: (id: string, action: Action) => void }) {
  const { question, index, count, state, refocus } = props;
  const explanation = useMemo(() => question.about && explainerFor(props.content)(question.about), [question.about, props.content]);
  const textId = `question-text-${question.id}`;
  const move = (delta: number, action: Action) => {
    state.update((list) => moveQuestion(list, question.id, delta));
    refocus(question.id, action);
  };
  return (
    <li class={question.done ? 'question done' : 'question'} data-question-id={question.id} data-testid="question">
      <label class="question-done">
        <input type="checkbox" checked={question.done} onChange={(event) => state.update((list) => setDone(list, question.id, event.currentTarget.checked))} data-testid="question-done" />
        <span class="visually-hidden">Besproken: vraag {index + 1}</span>
      </label>
      <div class="question-body">
        <label for={textId} class="visually-hidden">
          Vraag {index + 1}
        </label>
        <textarea id={textId} rows={2} value={question.text} onInput={(event) => state.update((list) => editQuestion(list, question.id, event.currentTarget.value))} data-testid="question-text" />
        {explanation && (
          <p class="question-about">
            Over: {explanation.title}
          </p>
        )}
      </div>
      <div class="question-actions">
        <button type="button" data-action="up" disabled={index === 0} onClick={() => move(-1, 'up')} aria-label={`Vraag ${index + 1} omhoog`} data-testid="question-up">
          ↑
        </button>
        <button type="button" data-action="down" disabled={index === count - 1} onClick={() => move(1, 'down')} aria-label={`Vraag ${index + 1} omlaag`} data-testid="question-down">
          ↓
        </button>
        <button type="button" data-action="delete" onClick={() => props.onDelete(question.id)} aria-label={`Vraag ${index + 1} verwijderen`} data-testid="question-delete">
          Verwijder
        </button>
      </div>
    </li>
  );
}

/** "Mijn vragen": the patient's own questions for the next consultation, saved as they type. */
export function QuestionListEditor({ content, state, headingLevel: Heading = 'h2' }: QuestionListEditorProps) {
  const [deleted, setDeleted] = useState<DeletedQuestion | undefined>(undefined);
  const [draft, setDraft] = useState('');
  const refocus = useRefocus();
  const { list } = state;

  const remove = (id: string) => {
    let removed: DeletedQuestion | undefined;
    state.update((current) => {
      const result = deleteQuestion(current, id);
      removed = result.deleted;
      return result.list;
    });
    setDeleted(removed);
    refocus(id, 'undo');
  };
  const undo = () => {
    if (!deleted) return;
    state.update((current) => undoDelete(current, deleted));
    setDeleted(undefined);
    refocus(deleted.question.id, 'delete');
  };
  const add = (event: Event) => {
    event.preventDefault();
    if (!draft.trim()) return;
    state.update((current) => addQuestion(current, draft));
    setDraft('');
    refocus('', 'add');
  };
  const prepare = (field: keyof Preparation, value: string) => state.update((current) => setPreparation(current, field, value));

  return (
    <section class="my-questions" aria-labelledby="my-questions-title" data-testid="my-questions">
      <Heading id="my-questions-title" class="entry-title" tabIndex={-1}>
        {LIST_TITLE}
      </Heading>
      {state.readProblem && (
        <p class="question-problem" role="alert" data-testid="question-read-problem">
          {state.readProblem}
        </p>
      )}
      {state.saveFailed && (
        <p class="question-problem" role="alert" data-testid="question-save-failed">
          Opslaan lukte niet. Je tekst staat nog hier; kopieer hem voor de zekerheid.{' '}
          <button type="button" onClick={state.retrySave}>
            Probeer opnieuw
          </button>
        </p>
      )}
      {!list ? null : (
        <>
          {list.questions.length === 0 ? (
            <p class="empty" data-testid="questions-empty">
              Nog geen vragen. Kies “Zet op mijn vragenlijst” bij een woord of antwoord, of schrijf hieronder je eigen vraag.
            </p>
          ) : (
            <ol class="questions" data-testid="questions">
              {list.questions.map((question, index) => (
                <QuestionItem key={question.id} question={question} index={index} count={list.questions.length} content={content} state={state} onDelete={remove} refocus={refocus} />
              ))}
            </ol>
          )}
          <div role="status" class="undo-bar">
            {deleted && (
              <>
                Vraag verwijderd.{' '}
                <button type="button" data-action="undo" onClick={undo} data-testid="question-undo">
                  Ongedaan maken
                </button>
              </>
            )}
          </div>
          <form class="question-add" onSubmit={add}>
            <label for="question-new">Eigen vraag</label>
            <textarea id="question-new" rows={2} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} data-testid="question-new" />
            <button type="submit" data-action="add" data-testid="question-add">
              Voeg toe
            </button>
          </form>
          <section class="preparation" aria-labelledby="preparation-title">
            <h3 id="preparation-title">Voorbereiding</h3>
            <ul>
              {CONSULTATION_ADVICE.map((advice) => (
                <li key={advice}>{advice}</li>
              ))}
            </ul>
            {(Object.keys(PREPARATION_LABELS) as (keyof Preparation)[]).map((field) => (
              <p key={field} class="preparation-field">
                <label for={`preparation-${field}`}>{PREPARATION_LABELS[field]}</label>
                <input id={`preparation-${field}`} type="text" value={list.preparation[field]} autocomplete="off" onInput={(event) => prepare(field, event.currentTarget.value)} data-testid={`preparation-${field}`} />
              </p>
            ))}
          </section>
        </>
      )}
    </section>
  );
}
