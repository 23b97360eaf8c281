import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionList } from '../../core/questions/question-list';
import { toStored } from '../../core/questions/stored-question-list';
import { loadQuestionList, saveQuestionList, watchQuestionList, type IsKnownEntry } from '../../utils/question-list-storage';

export interface QuestionListState {
  /** undefined while loading. */
  list: QuestionList | undefined;
  /** Why (part of) the stored list could not be read. */
  readProblem: string | undefined;
  saveFailed: boolean;
  update(change: (list: QuestionList) => QuestionList): void;
  retrySave(): void;
}

/**
 * The list as stored, saved on every change (no delay: the popup can close between two keystrokes),
 * and kept up to date when a tooltip in a tab adds a question.
 */
export function useQuestionList(isKnown: IsKnownEntry): QuestionListState {
  const [list, setList] = useState<QuestionList | undefined>(undefined);
  const [readProblem, setReadProblem] = useState<string | undefined>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);
  const listRef = useRef<QuestionList | undefined>(undefined);
  // Our own writes come back through watch(); these are ignored rather than applied over newer typing.
  const written = useRef<string[]>([]);

  useEffect(() => {
    let active = true;
    loadQuestionList(isKnown).then(
      (parsed) => {
        if (!active) return;
        listRef.current = parsed.list;
        setList(parsed.list);
        setReadProblem(parsed.problem);
      },
      () => {
        if (active) setReadProblem('Je vragenlijst kon niet worden geopend. Probeer het later nog eens.');
      },
    );
    const unwatch = watchQuestionList((parsed) => {
      const serialised = JSON.stringify(toStored(parsed.list));
      if (written.current.includes(serialised) || serialised === JSON.stringify(listRef.current && toStored(listRef.current))) return;
      listRef.current = parsed.list;
      setList(parsed.list);
    }, isKnown);
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  // Each change is written at once, not queued behind the previous write: a write still waiting in
  // a queue when the popup closes would never be sent. The browser applies one page's writes in order.
  const save = (next: QuestionList) => {
    written.current = [...written.current.slice(-19), JSON.stringify(toStored(next))];
    saveQuestionList(next).then(
      () => {
        if (listRef.current === next) setSaveFailed(false);
      },
      () => setSaveFailed(true),
    );
  };

  return {
    list,
    readProblem,
    saveFailed,
    update(change) {
      const current = listRef.current;
      if (!current) return;
      const next = change(current);
      if (next === current) return;
      listRef.current = next;
      setList(next);
      save(next);
    },
    retrySave() {
      if (listRef.current) save(listRef.current);
    },
  };
}
