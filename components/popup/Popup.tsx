import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Content } from '../../core/data/types';
import type { SearchAnswer, SearchResult, Searcher } from '../../core/search/search';
import { createSearcher } from '../../core/search/search';
import type { PageTermCount, PageTerms } from '../../utils/messages';
import type { SettingsStore } from '../../utils/settings-storage/store';
import { EntryView, type EntryRef } from '../EntryView';
import { answerPreview } from './answer-preview';
import { PageWordsButton } from '../page-words/PageWordsButton';
import { EntryActions } from '../questions/EntryActions';
import { MyQuestionsButton } from '../questions/MyQuestionsButton';
import { ResultList } from './ResultList';
import { NoResults, UnknownMedicine } from './SearchNotices';
import { SettingsPanel } from './SettingsPanel';

export interface PopupServices {
  /** Terms the content script marked on the current tab; undefined when it cannot be asked. */
  pageTerms(): Promise<PageTerms | undefined>;
  /** The settings as stored, with queued writes; the panel shows its errors. */
  settings: SettingsStore;
  /** URL of the full entry on the uitleg page. */
  uitlegUrl(id?: string): string;
  privacyUrl: string;
}

export interface PopupProps {
  content: Content;
  services: PopupServices;
  initialQuery?: string;
}

const LIST_ID = 'popup-results';
const RESULT_LIMIT = 20;
const NO_ANSWER: SearchAnswer = { results: [], suggestions: [], mentioned: [] };
const optionId = (index: number) => `${LIST_ID}-option-${index}`;

/** The first question of each topic: a short start for someone without a word in mind. */
function commonQuestions(content: Content, count = 4) {
  const seen = new Set<string>();
  return content.faq.filter((entry) => !seen.has(entry.topic) && seen.add(entry.topic)).slice(0, count);
}

export function Popup({ content, services, initialQuery = '' }: PopupProps) {
  // The search index is built after the first paint, so the popup shows at once; a query typed
  // before then builds it on the spot.
  const searcherRef = useRef<Searcher | undefined>(undefined);
  const searcher = () => (searcherRef.current ??= createSearcher(content));
  useEffect(() => {
    const handle = setTimeout(searcher, 0);
    return () => clearTimeout(handle);
  }, [content]);
  const [query, setQuery] = useState(initialQuery);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [openEntry, setOpenEntry] = useState<EntryRef | undefined>(undefined);
  const [history, setHistory] = useState<EntryRef[]>([]);
  const [pageTerms, setPageTerms] = useState<PageTermCount[] | undefined>(undefined);
  const [site, setSite] = useState<string | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const entryRef = useRef<HTMLDivElement>(null);

  const found = useMemo(() => (query.trim().length >= 2 ? searcher().answer(query, RESULT_LIMIT) : NO_ANSWER), [query, content]);
  const flat = found.results;
  const preview = useMemo(() => {
    const top = flat[0];
    if (!top) return undefined;
    if (top.type === 'term') return content.glossary.find((entry) => entry.id === top.id)?.short;
    const question = content.faq.find((entry) => entry.id === top.id);
    return question && answerPreview(question.answer);
  }, [flat, content]);

  useEffect(() => {
    services.pageTerms().then(
      (answer) => {
        setPageTerms(answer?.terms ?? []);
        setSite(answer?.site || undefined);
      },
      () => setPageTerms([]),
    );
  }, [services]);

  // aria-activedescendant moves no focus, so nothing scrolls the active option into view by itself.
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  // In the same task as the render: a key pressed right after opening an entry (Escape back) must
  // reach the entry view, not the body the removed link left the focus on.
  useLayoutEffect(() => {
    if (openEntry) entryRef.current?.querySelector<HTMLElement>('.entry-title')?.focus();
    else inputRef.current?.focus();
  }, [openEntry]);

  const open = (entry: EntryRef) => {
    if (openEntry) setHistory([...history, openEntry]);
    setOpenEntry(entry);
  };
  const back = () => {
    const previous = history[history.length - 1];
    setHistory(history.slice(0, -1));
    setOpenEntry(previous);
  };
  const openResult = (result: SearchResult) => open({ type: result.type, id: result.id });

  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (flat.length === 0) return;
      event.preventDefault();
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (index + delta + flat.length) % flat.length);
    } else if (event.key === 'Enter') {
      const result = flat[activeIndex] ?? flat[0];
      if (result) {
        event.preventDefault();
        openResult(result);
      }
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
      setActiveIndex(-1);
    }
  };

  const onEntryKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      back();
    }
  };

  const termTitle = (id: string) => content.glossary.find((entry) => entry.id === id)?.term ?? id;

  if (openEntry) {
    return (
      <div class="popup" onKeyDown={onEntryKey} ref={entryRef} data-testid="entry-view">
        <nav class="entry-nav">
          <button type="button" class="back" onClick={back} data-testid="back">
            ← Terug
          </button>
          <a href={services.uitlegUrl(openEntry.id)} target="_blank" rel="noopener" data-testid="open-uitleg">
            Open op de uitlegpagina
          </a>
        </nav>
        <div class="entry-scroll">
          <EntryView content={content} entry={openEntry} onOpen={open} headingLevel="h1" actions={<EntryActions content={content} entry={openEntry} />} />
        </div>
      </div>
    );
  }

  const activeId = activeIndex >= 0 && activeIndex < flat.length ? optionId(activeIndex) : undefined;
  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="visually-hidden">Immuunwijzer</h1>
        <label for="popup-search" class="search-label">
          Zoek een woord of vraag
        </label>
        <input
          ref={inputRef}
          id="popup-search"
          type="search"
          role="combobox"
          list={undefined}
          aria-expanded={flat.length > 0}
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          placeholder="bijv. keytruda, bijwerking huid"
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActiveIndex(-1);
          }}
          onKeyDown={onSearchKey}
          data-testid="search"
        />
      </header>
      {/* The results hold no focusable element (the input keeps focus), so a keyboard user reaches this scrolling area by Tab to read a long list. */}
      <main class="popup-body" tabIndex={flat.length > 0 ? 0 : undefined} data-testid="popup-body">
        {query.trim().length >= 2 ? (
          <>
            {found.unknownMedicine !== undefined && <UnknownMedicine suggestions={found.suggestions} onOpen={openResult} />}
            {flat.length > 0 ? (
              <ResultList results={flat} query={query} activeIndex={activeIndex} listId={LIST_ID} optionId={optionId} preview={preview} onOpen={openResult} />
            ) : (
              found.unknownMedicine === undefined && <NoResults content={content} query={query.trim()} mentioned={found.mentioned} onOpen={openResult} allTermsUrl={services.uitlegUrl('woorden')} />
            )}
          </>
        ) : (
          <>
            <section aria-labelledby="on-page-title" data-testid="on-page">
              <h2 id="on-page-title" class="group-label">
                Op deze pagina
              </h2>
              {pageTerms === undefined ? null : pageTerms.length === 0 ? (
                <p class="empty">Geen uitgelegde woorden gevonden op deze pagina.</p>
              ) : (
                <ul class="chips">
                  {pageTerms.map((term) => (
                    <li key={term.id}>
                      <button type="button" class="chip" onClick={() => open({ type: 'term', id: term.id })} data-testid="page-term">
                        {termTitle(term.id)} ({term.count})
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {pageTerms && <PageWordsButton termIds={pageTerms.map((term) => term.id)} />}
            </section>
            <section aria-labelledby="common-title">
              <h2 id="common-title" class="group-label">
                Veelgestelde vragen
              </h2>
              <ul class="plain-list">
                {commonQuestions(content).map((entry) => (
                  <li key={entry.id}>
                    <button type="button" class="link" onClick={() => open({ type: 'faq', id: entry.id })} data-testid="common-question">
                      {entry.question}
                    </button>
                  </li>
                ))}
              </ul>
              <a href={services.uitlegUrl()} target="_blank" rel="noopener" data-testid="all-entries">
                Alle woorden en vragen
              </a>
            </section>
          </>
        )}
      </main>
      <footer class="popup-footer">
        <MyQuestionsButton content={content} printUrl={services.uitlegUrl('mijn-vragen')} />
        <SettingsPanel store={services.settings} site={site} />
        <p class="disclaimer">
          Algemene informatie, geen medisch advies.{' '}
          <a href={services.privacyUrl} target="_blank" rel="noopener" data-testid="privacy-link">
            Privacy
          </a>
        </p>
      </footer>
    </div>
  );
}
