import type { ComponentChildren } from 'preact';
import type { Source, TooltipEntry } from '../core/data/types';
import { categoryLabel, entryAgeNote, GENERAL_LABEL, resolveSources, shownSources, sourceLabel } from './source-line';

export interface TermCardProps {
  entry: TooltipEntry;
  sources: readonly Source[];
  headingId: string;
  onReadMore: (id: string) => void;
  /** More buttons beside "Lees meer" (put on the question list, read aloud). */
  actions?: ComponentChildren;
}

/** The short explanation of a term, as the tooltip and the navigator show it. */
export function TermCard({ entry, sources, headingId, onReadMore, actions }: TermCardProps) {
  const resolved = resolveSources(entry.sources, sources);
  const ageNote = entryAgeNote(entry, sources);
  const first = entry.general ? undefined : shownSources(resolved)[0];
  return (
    <div class="card" data-testid="term-card" data-term-id={entry.id}>
      <p class="term">
        <span id={headingId} class="term-name">
          {entry.term}
        </span>
        <span class="category">{categoryLabel(entry.category)}</span>
      </p>
      <p class="short">{entry.short}</p>
      {ageNote && (
        <p class="age-note" data-testid="age-note">
          {ageNote}
        </p>
      )}
      <p class="actions">
        <button type="button" class="link" data-testid="read-more" onClick={() => onReadMore(entry.id)}>
          Lees meer over {entry.term}
        </button>
        {actions}
      </p>
      {entry.general && (
        <p class="source" data-testid="general-note">
          Bron: {GENERAL_LABEL}, niet uit een van onze twee folders.
        </p>
      )}
      {first && (
        <p class="source">
          Bron:{' '}
          <a href={first.source.url} target="_blank" rel="noopener noreferrer" data-testid="source-link">
            {sourceLabel(first)}
          </a>
        </p>
      )}
      <p class="disclaimer">Dit is geen medisch advies. Bespreek vragen met je arts.</p>
    </div>
  );
}
