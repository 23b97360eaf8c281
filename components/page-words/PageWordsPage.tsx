import { useEffect, useState } from 'preact/hooks';
import type { Content } from '../../core/data/types';
import { formatListDate } from '../../core/questions/plain-text';
import { loadPageWords, type PageWords } from '../../utils/page-words-storage';
import { AnswerText } from '../AnswerText';
import { PrintActions } from '../questions/PrintActions';
import '../questions/questions.css';

export interface PageWordsPageProps {
  content: Content;
}

function asText(content: Content, words: PageWords, date: Date): string {
  const lines = ['Woorden op deze pagina', words.title, words.url, formatListDate(date), ''];
  for (const id of words.termIds) {
    const entry = content.glossary.find((candidate) => candidate.id === id);
    if (entry) lines.push(`${entry.term}: ${entry.short}`, '');
  }
  lines.push('Algemene uitleg uit Immuunwijzer, geen medisch advies.');
  return lines.join('\n');
}

/** uitleg.html#woorden-op-pagina: the explained words of the page the popup was opened on, for paper. */
export function PageWordsPage({ content }: PageWordsPageProps) {
  const [words, setWords] = useState<PageWords | undefined | null>(undefined);
  useEffect(() => {
    loadPageWords().then(
      (loaded) => setWords(loaded ?? null),
      () => setWords(null),
    );
  }, []);
  const date = new Date();
  const entries = (words?.termIds ?? []).flatMap((id) => content.glossary.filter((entry) => entry.id === id));
  return (
    <div class="uitleg page-words" id="woorden-op-pagina" data-testid="page-words">
      <nav class="no-print">
        <a href="uitleg.html#woorden">← Alle woorden en vragen</a>
      </nav>
      <h1 class="entry-title" tabIndex={-1}>
        Woorden op deze pagina
      </h1>
      {words === undefined ? null : words === null ? (
        <p>Er is geen pagina gekozen. Open de Immuunwijzer-knop op een pagina en kies bij “Op deze pagina” voor “Print deze woorden”.</p>
      ) : (
        <>
          <header class="print-sheet-header page-words-header">
            <div>
              <p class="print-sheet-title" data-testid="page-words-title">
                {words.title || 'Pagina zonder titel'}
              </p>
              <p class="page-words-url" data-testid="page-words-url">
                {words.url}
              </p>
            </div>
            <p class="print-sheet-date">{formatListDate(date)}</p>
          </header>
          <PrintActions plainText={() => asText(content, words, new Date())} />
          {entries.length === 0 ? (
            <p>Op deze pagina zijn geen uitgelegde woorden gevonden.</p>
          ) : (
            entries.map((entry) => (
              <article key={entry.id} class="page-word" data-testid="page-word" data-term-id={entry.id}>
                <h2>
                  {entry.term} <span class="category">{entry.category}</span>
                </h2>
                <p class="entry-short">{entry.short}</p>
                <AnswerText text={entry.explanation} />
              </article>
            ))
          )}
          <p class="disclaimer">Algemene uitleg uit Immuunwijzer, geen medisch advies. Bespreek je eigen situatie met je arts.</p>
        </>
      )}
    </div>
  );
}
