import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Content } from '../../core/data/types';
import { isKnownIn } from './explain-entry';
import { QuestionListEditor } from './QuestionListEditor';
import { useQuestionList } from './use-question-list';
import './questions.css';

export interface MyQuestionsButtonProps {
  content: Content;
  /** uitleg.html#mijn-vragen */
  printUrl: string;
}

function MyQuestionsPanel({ content, printUrl, onClose }: MyQuestionsButtonProps & { onClose: () => void }) {
  const isKnown = useMemo(() => isKnownIn(content), [content]);
  const state = useQuestionList(isKnown);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.list) ref.current?.querySelector<HTMLElement>('#my-questions-title')?.focus();
  }, [state.list === undefined]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  return (
    <div ref={ref} class="my-questions-panel" role="dialog" aria-modal="true" aria-labelledby="my-questions-title" onKeyDown={onKeyDown} data-testid="my-questions-panel">
      <nav class="entry-nav">
        <button type="button" class="back" onClick={onClose} data-testid="my-questions-close">
          ← Terug
        </button>
        <a href={printUrl} target="_blank" rel="noopener" data-testid="my-questions-print">
          Afdrukken of kopiëren
        </a>
      </nav>
      <QuestionListEditor content={content} state={state} headingLevel="h1" />
    </div>
  );
}

/** The popup's way in to "Mijn vragen": a button that opens the list over the popup. */
export function MyQuestionsButton(props: MyQuestionsButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  return (
    <>
      <button ref={buttonRef} type="button" class="my-questions-open" onClick={() => setOpen(true)} aria-haspopup="dialog" data-testid="my-questions-open">
        Mijn vragen voor de arts
      </button>
      {open && <MyQuestionsPanel {...props} onClose={close} />}
    </>
  );
}
