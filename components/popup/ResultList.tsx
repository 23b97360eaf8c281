import type { SearchResult } from '../../core/search/search';
import { emphasise } from './emphasise';

export interface ResultListProps {
  /** Best answer first. */
  results: readonly SearchResult[];
  query: string;
  activeIndex: number;
  listId: string;
  optionId: (index: number) => string;
  /** The top result's short explanation or the first lines of its answer. */
  preview: string | undefined;
  onOpen: (result: SearchResult) => void;
}

function Emphasised({ text, query }: { text: string; query: string }) {
  return (
    <>
      {emphasise(text, query).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}

function How({ result, query }: { result: SearchResult; query: string }) {
  if (result.via) {
    return (
      <span class="result-where">
        {' '}
        ({result.match === 'everyday' ? 'bij' : 'ook'} <Emphasised text={result.via} query={query} />)
      </span>
    );
  }
  return result.matchedIn === 'uitleg' ? <span class="result-where"> (gevonden in de uitleg)</span> : null;
}

/**
 * Search results as one listbox, best answer first whatever its type; the top one answers in
 * place. The input keeps focus (aria-activedescendant), Enter opens the active or the top result.
 */
export function ResultList({ results, query, activeIndex, listId, optionId, preview, onOpen }: ResultListProps) {
  return (
    <div id={listId} role="listbox" aria-label="Zoekresultaten" class="results" data-testid="results">
      {results.map((result, index) => {
        const top = index === 0;
        return (
          <div
            key={`${result.type}-${result.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            class={`result${top ? ' top' : ''}${index === activeIndex ? ' active' : ''}`}
            data-testid="result"
            data-top={top ? 'true' : undefined}
            data-result-id={result.id}
            data-result-type={result.type}
            data-match={result.match}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onOpen(result)}
          >
            <span class="result-kind">{result.type === 'term' ? 'woord' : 'vraag'}</span>{' '}
            <span class="result-title">
              <Emphasised text={result.title} query={query} />
            </span>
            <How result={result} query={query} />
            {top && preview && (
              <>
                <span class="result-preview" data-testid="top-preview">
                  {preview}
                </span>
                <span class="read-more">
                  Lees meer <span aria-hidden="true">→</span>
                </span>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
