import { useMemo } from 'preact/hooks';
import type { Content } from '../../core/data/types';
import { questionListAsText } from '../../core/questions/plain-text';
import { explainerFor, isKnownIn } from './explain-entry';
import { PrintActions } from './PrintActions';
import { QuestionListEditor } from './QuestionListEditor';
import { QuestionPrintSheet } from './QuestionPrintSheet';
import { useQuestionList } from './use-question-list';

export interface MyQuestionsPageProps {
  content: Content;
}

/** uitleg.html#mijn-vragen: edit the list on screen; print it on A4, or copy it as plain text. */
export function MyQuestionsPage({ content }: MyQuestionsPageProps) {
  const isKnown = useMemo(() => isKnownIn(content), [content]);
  const state = useQuestionList(isKnown);
  const date = new Date();
  return (
    <div class="uitleg questions-page" id="mijn-vragen">
      <nav class="no-print">
        <a href="uitleg.html#woorden">← Alle woorden en vragen</a>
      </nav>
      <div class="no-print">
        <QuestionListEditor content={content} state={state} headingLevel="h1" />
      </div>
      {state.list && (
        <>
          <h2 class="no-print">Op papier</h2>
          <PrintActions plainText={() => questionListAsText(state.list!, explainerFor(content), new Date())} />
          <QuestionPrintSheet content={content} list={state.list} date={date} />
        </>
      )}
    </div>
  );
}
