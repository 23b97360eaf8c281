import type { SearchResult } from '../../core/search/search';
import { emphasise } from './emphasise';
import type { ResultGroup } from './group-results';

export interface ResultListProps {
  groups: ResultGroup[];
  query: string;
  activeIndex: number;
  listId: string;
  optionId: (index: number) => string;
  onOpen: (result: SearchResult) => void;
}

function Emphasised({ text, query }: { text: string; query: string }) {
  return (
    <>
      {emphasise(text, query).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}

/** Search results as a listbox: Begrippen, then Vragen; the input keeps focus (aria-activedescendant). */
export function ResultList({ groups, query, activeIndex, listId, optionId, onOpen }: ResultListProps) {
  let index = -1;
  return (
    <div id={listId} role="listbox" aria-label="Zoekresultaten" class="results" data-testid="results">
      {groups.map((group) => (
        <div role="group" aria-labelledby={`${listId}-${group.label}`} key={group.label} data-testid={`group-${group.label}`}>
          <h2 id={`${listId}-${group.label}`} class="group-label" role="presentation">
            {group.label}
          </h2>
          {group.results.map((result) => {
            index++;
            const optionIndex = index;
            return (
              <div
                key={`${result.type}-${result.id}`}
                id={optionId(optionIndex)}
                role="option"
                aria-selected={optionIndex === activeIndex}
                class={optionIndex === activeIndex ? 'result active' : 'result'}
                data-testid="result"
                data-result-id={result.id}
                data-result-type={result.type}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onOpen(result)}
              >
                <span class="result-title">
                  <Emphasised text={result.title} query={query} />
                </span>
                {result.via && (
                  <span class="result-where">
                    {' '}
                    ({result.reason === 'everyday-word' ? 'bij' : 'ook'} <Emphasised text={result.via} query={query} />)
                  </span>
                )}
                {result.matchedIn === 'uitleg' && <span class="result-where"> (gevonden in de uitleg)</span>}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
