import { render } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
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

/**
 * The panel covers the popup; it is rendered outside the popup's tree so the popup behind it can be
 * made inert: Tab and screen readers stay in the panel, as aria-modal promises.
 */
function PanelLayer(props: MyQuestionsButtonProps & { onClose: () => void }) {
  const layer = useRef<HTMLDivElement | undefined>(undefined);
  useLayoutEffect(() => {
    const app = document.getElementById('app');
    const element = document.createElement('div');
    document.body.append(element);
    layer.current = element;
    if (app) app.inert = true;
    return () => {
      render(null, element);
      element.remove();
      if (app) app.inert = false;
    };
  }, []);
  // Rendering into the same layer again keeps the panel's state (the list, the undo).
  useLayoutEffect(() => {
    if (layer.current) render(<MyQuestionsPanel {...props} />, layer.current);
  });
  return null;
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
      {open && <PanelLayer {...props} onClose={close} />}
    </>
  );
}
