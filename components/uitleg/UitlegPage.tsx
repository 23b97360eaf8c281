import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Content } from '../../core/data/types';
import { createSearcher } from '../../core/search/search';
import privacyStatement from '../../PRIVACY.md?raw';
import { EntryView, type EntryRef } from '../EntryView';
import { NoResults, UnknownMedicine } from '../popup/SearchNotices';
import { EntryActions } from '../questions/EntryActions';
import { useUitlegPrintView } from '../questions/uitleg-views';
import { ReadAloudHelp } from '../speech/ReadAloudHelp';
import { MarkdownText } from './MarkdownText';
import { questionsByTopic, termsByLetter } from './group-entries';

export interface UitlegPageProps {
  content: Content;
}

function idFromHash(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

function goTo(id: string): void {
  if (location.hash !== `#${id}`) location.hash = id;
  else focusEntry(id);
}

function focusEntry(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'start' });
  element.querySelector<HTMLElement>('.entry-title')?.focus({ preventScroll: true });
}

/** All terms A–Z and all questions by topic, with #id deep links; searchable and printable. */
export function UitlegPage({ content }: UitlegPageProps) {
  const searcher = useMemo(() => createSearcher(content), [content]);
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const found = useMemo(() => (query.trim().length >= 2 ? searcher.answer(query, 12) : { results: [], suggestions: [], mentioned: [] }), [query, searcher]);
  const results = found.results;
  const letters = useMemo(() => termsByLetter(content.glossary), [content]);
  const topics = useMemo(() => questionsByTopic(content.faq), [content]);
  const open = (entry: EntryRef) => goTo(entry.id);
  const printView = useUitlegPrintView(content);

  useEffect(() => {
    if (query) document.getElementById('uitleg-search')?.focus();
    const onHash = () => focusEntry(idFromHash());
    window.addEventListener('hashchange', onHash);
    if (location.hash) requestAnimationFrame(onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (printView) return printView;
  return (
    <div class="uitleg">
      <header class="site-header">
        <h1>Immuunwijzer</h1>
        <p>Uitleg in gewone taal bij woorden en vragen over immuuntherapie en de behandeling van longkanker en melanoom.</p>
        <p class="disclaimer">
          Dit is algemene informatie uit twee patiëntenfolders, geen medisch advies. Bespreek je eigen situatie altijd met je arts.
        </p>
        <form
          class="search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            if (results[0]) goTo(results[0].id);
          }}
        >
          <label for="uitleg-search">Zoek een woord of vraag</label>
          <input
            id="uitleg-search"
            type="search"
            value={query}
            autocomplete="off"
            onInput={(event) => setQuery(event.currentTarget.value)}
            data-testid="uitleg-search"
          />
        </form>
        {query.trim().length >= 2 && (
          <section aria-live="polite" class="search-results" data-testid="uitleg-results">
            {found.unknownMedicine !== undefined && <UnknownMedicine suggestions={found.suggestions} onOpen={(result) => goTo(result.id)} />}
            {results.length === 0 ? (
              found.unknownMedicine === undefined && <NoResults content={content} query={query.trim()} mentioned={found.mentioned} onOpen={(result) => goTo(result.id)} allTermsUrl="#woorden" />
            ) : (
              <ul>
                {results.map((result) => (
                  <li key={`${result.type}-${result.id}`}>
                    <a href={`#${result.id}`}>{result.title}</a> <span class="category">{result.type === 'term' ? 'woord' : 'vraag'}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        <nav class="toc" aria-label="Inhoud">
          <a href="#woorden">Woorden A–Z</a> · <a href="#vragen">Vragen per onderwerp</a> · <a href="#mijn-vragen">Mijn vragen</a> · <a href="#bronnen">Bronnen</a> · <a href="#privacy">Privacy</a>
        </nav>
      </header>
      <main>
        <section id="woorden" aria-labelledby="woorden-titel">
          <h2 id="woorden-titel">Woorden A–Z</h2>
          <nav class="letters" aria-label="Letters">
            {letters.map(([letter]) => (
              <a key={letter} href={`#letter-${letter}`}>
                {letter}
              </a>
            ))}
          </nav>
          {letters.map(([letter, entries]) => (
            <section key={letter} id={`letter-${letter}`} class="letter-group" aria-label={`Letter ${letter}`}>
              <h3 class="letter">{letter}</h3>
              {entries.map((entry) => (
                <div key={entry.id} id={entry.id} class="entry-anchor">
                  <EntryView content={content} entry={{ type: 'term', id: entry.id }} onOpen={open} headingLevel="h2" actions={<EntryActions content={content} entry={{ type: 'term', id: entry.id }} />} />
                </div>
              ))}
            </section>
          ))}
        </section>
        <section id="vragen" aria-labelledby="vragen-titel">
          <h2 id="vragen-titel">Vragen per onderwerp</h2>
          {topics.map(([topic, entries]) => (
            <section key={topic} class="topic-group" aria-label={topic}>
              <h3 class="topic">{topic}</h3>
              {entries.map((entry) => (
                <div key={entry.id} id={entry.id} class="entry-anchor">
                  <EntryView content={content} entry={{ type: 'faq', id: entry.id }} onOpen={open} headingLevel="h2" actions={<EntryActions content={content} entry={{ type: 'faq', id: entry.id }} />} />
                </div>
              ))}
            </section>
          ))}
        </section>
        <ReadAloudHelp />
        <section id="privacy" aria-labelledby="privacy-titel">
          <h2 id="privacy-titel" tabIndex={-1} class="entry-title">
            Privacy
          </h2>
          <MarkdownText source={privacyStatement} />
        </section>
        <section id="bronnen" aria-labelledby="bronnen-titel">
          <h2 id="bronnen-titel">Bronnen</h2>
          <ul>
            {content.sources.map((source) => (
              <li key={source.id}>
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.publisher}, {source.title}
                </a>{' '}
                ({source.dateLabel}){source.ageNote && <span class="age-note"> {source.ageNote}</span>}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
