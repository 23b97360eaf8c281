import type { ComponentChildren } from 'preact';
import type { Content, FaqEntry, GlossaryEntry, SourceRef } from '../core/data/types';
import { AnswerText } from './AnswerText';
import { ageNoteOf, categoryLabel, GENERAL_LABEL, resolveSources, sourceLabel } from './source-line';

export type EntryRef = { type: 'term' | 'faq'; id: string };

export interface EntryViewProps {
  content: Content;
  entry: EntryRef;
  /** How links to other entries are followed (popup: in place; uitleg page: #id). */
  onOpen: (entry: EntryRef) => void;
  headingLevel?: 'h1' | 'h2';
  /** Buttons shown under the heading (put on the question list, read aloud). */
  actions?: ComponentChildren;
}

function Sources({ refs, content, general = false }: { refs: readonly SourceRef[]; content: Content; general?: boolean }) {
  const resolved = resolveSources(refs, content.sources);
  const ageNote = general ? undefined : ageNoteOf(resolved);
  return (
    <footer class="entry-sources">
      {ageNote && (
        <p class="age-note" data-testid="age-note">
          {ageNote}
        </p>
      )}
      {general && (
        <p class="general-note" data-testid="general-note">
          De korte uitleg is {GENERAL_LABEL}: die staat niet zo in onze twee folders.
          {resolved.length > 0 && ' De andere feiten komen uit:'}
        </p>
      )}
      <ul>
        {resolved.map((item) => (
          <li key={`${item.source.id}-${item.section}`} data-testid="entry-source">
            Bron:{' '}
            <a href={item.source.url} target="_blank" rel="noopener noreferrer">
              {sourceLabel(item)}
            </a>
            , onderdeel “{item.section}”
            {item.source.ageNote && !ageNote && <span class="age-inline"> (let op: deze bron is van {item.source.dateLabel})</span>}
          </li>
        ))}
      </ul>
      <p class="disclaimer">Dit is algemene informatie, geen medisch advies. Bespreek je eigen situatie met je arts.</p>
    </footer>
  );
}

function Aliases({ entry }: { entry: GlossaryEntry }) {
  const shown = entry.aliases.slice(0, 6);
  if (shown.length === 0) return null;
  const general = new Set(entry.generalAliases ?? []);
  return (
    <span class="aliases">
      {' '}Ook: {shown.map((alias) => (general.has(alias) ? `${alias} (${GENERAL_LABEL})` : alias)).join(', ')}
    </span>
  );
}

function TermLinks({ ids, content, onOpen, label }: { ids: readonly string[]; content: Content; onOpen: EntryViewProps['onOpen']; label: string }) {
  const terms = ids.flatMap((id) => content.glossary.filter((entry) => entry.id === id));
  if (terms.length === 0) return null;
  return (
    <nav class="related" aria-label={label}>
      <span>{label}: </span>
      {terms.map((term, index) => (
        <span key={term.id}>
          {index > 0 && ', '}
          <a
            href={`#${term.id}`}
            data-testid="related-link"
            onClick={(event) => {
              event.preventDefault();
              onOpen({ type: 'term', id: term.id });
            }}
          >
            {term.term}
          </a>
        </span>
      ))}
    </nav>
  );
}

function TermEntry({ entry, content, onOpen, Heading, actions }: { entry: GlossaryEntry; content: Content; onOpen: EntryViewProps['onOpen']; Heading: 'h1' | 'h2'; actions?: ComponentChildren }) {
  return (
    <article class="entry" data-testid="entry" data-entry-id={entry.id}>
      <Heading class="entry-title" tabIndex={-1}>{entry.term}</Heading>
      <p class="entry-meta">
        <span class="category">{categoryLabel(entry.category)}</span>
        <Aliases entry={entry} />
      </p>
      {actions}
      <p class="entry-short">{entry.short}</p>
      <AnswerText text={entry.explanation} />
      <TermLinks ids={entry.related} content={content} onOpen={onOpen} label="Zie ook" />
      <Sources refs={entry.sources} content={content} general={entry.general === true} />
    </article>
  );
}

function FaqEntryView({ entry, content, onOpen, Heading, actions }: { entry: FaqEntry; content: Content; onOpen: EntryViewProps['onOpen']; Heading: 'h1' | 'h2'; actions?: ComponentChildren }) {
  return (
    <article class="entry" data-testid="entry" data-entry-id={entry.id}>
      <Heading class="entry-title" tabIndex={-1}>{entry.question}</Heading>
      <p class="entry-meta">
        <span class="category">{entry.topic}</span>
      </p>
      {actions}
      <AnswerText text={entry.answer} />
      <TermLinks ids={entry.terms} content={content} onOpen={onOpen} label="Woorden in dit antwoord" />
      <Sources refs={entry.sources} content={content} />
    </article>
  );
}

/** A whole glossary entry or FAQ answer, with related terms and its sources. */
export function EntryView({ content, entry, onOpen, headingLevel = 'h2', actions }: EntryViewProps) {
  if (entry.type === 'term') {
    const term = content.glossary.find((candidate) => candidate.id === entry.id);
    return term ? <TermEntry entry={term} content={content} onOpen={onOpen} Heading={headingLevel} actions={actions} /> : <p>Dit woord staat niet in de lijst.</p>;
  }
  const faq = content.faq.find((candidate) => candidate.id === entry.id);
  return faq ? <FaqEntryView entry={faq} content={content} onOpen={onOpen} Heading={headingLevel} actions={actions} /> : <p>Deze vraag staat niet in de lijst.</p>;
}
