import type { Content } from '../../core/data/types';
import type { SearchResult } from '../../core/search/search';

/** The patient folders the answers come from, with their year: "Longkanker Nederland (2023)". */
export function coveredSources(content: Pick<Content, 'faq' | 'sources'>): string[] {
  const cited = new Set(content.faq.flatMap((entry) => entry.sources.map((ref) => ref.source)));
  // Two pages of one publisher (UMCG on melanoma and on EBUS) are named once.
  const labels = content.sources.filter((source) => cited.has(source.id)).map((source) => (source.date ? `${source.publisher} (${source.date.slice(0, 4)})` : source.publisher));
  return [...new Set(labels)];
}

const joinDutch = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

export interface NoResultsProps {
  content: Pick<Content, 'faq' | 'sources'>;
  query: string;
  /** Terms the query names although nothing answers it. */
  mentioned: readonly SearchResult[];
  onOpen: (result: SearchResult) => void;
  allTermsUrl: string;
}

/** Nothing fits: say what Immuunwijzer does cover, and where to browse all of it. */
export function NoResults({ content, query, mentioned, onOpen, allTermsUrl }: NoResultsProps) {
  const sources = coveredSources(content);
  return (
    <div class="notice" role="status" data-testid="no-results">
      <p>
        <strong>Hierover vond ik niets: “{query}”.</strong>
      </p>
      <p>
        Immuunwijzer legt woorden en vragen uit over immuuntherapie en doelgerichte therapie bij longkanker en melanoom. De uitleg komt uit{' '}
        {sources.length === 2 ? 'twee' : sources.length} folders: {joinDutch(sources)}.
      </p>
      {mentioned.length > 0 && (
        <p data-testid="mentioned">
          Wel uitleg over{' '}
          {mentioned.map((term, index) => (
            <span key={term.id}>
              {index > 0 && (index === mentioned.length - 1 ? ' en ' : ', ')}
              <button type="button" class="link" onClick={() => onOpen(term)} data-result-id={term.id}>
                {term.title}
              </button>
            </span>
          ))}
          .
        </p>
      )}
      <p>
        <a href={allTermsUrl} {...(allTermsUrl.startsWith('#') ? {} : { target: '_blank', rel: 'noopener' })} data-testid="all-terms-link">
          Bekijk alle woorden van A tot Z
        </a>
      </p>
    </div>
  );
}

/** A medicine name the glossary does not have: said plainly, with look-alikes only as a question. */
export function UnknownMedicine({ suggestions, onOpen }: { suggestions: readonly SearchResult[]; onOpen: (result: SearchResult) => void }) {
  return (
    <div class="notice" role="status" data-testid="unknown-medicine">
      <p>
        <strong>Dit middel staat (nog) niet in Immuunwijzer. Vraag je arts of apotheker.</strong>
      </p>
      {suggestions.length > 0 && (
        <p data-testid="suggestion">
          Bedoel je{' '}
          {suggestions.map((suggestion, index) => (
            <span key={suggestion.id}>
              {index > 0 && (index === suggestions.length - 1 ? ' of ' : ', ')}
              <button type="button" class="link" onClick={() => onOpen(suggestion)} data-result-id={suggestion.id}>
                {suggestion.title}
              </button>
            </span>
          ))}
          ?
        </p>
      )}
    </div>
  );
}
