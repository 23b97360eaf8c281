import type { Category, Source, TooltipEntry, TooltipSourceRef } from '../core/data/types';

export interface ResolvedSource {
  source: Source;
  /** Only where the full references are at hand (the popup and uitleg page), not in the tooltip. */
  section?: string;
  /** This reference backs the short text (the fact the tooltip shows). */
  short: boolean;
}

/** The entry's sources with their details; references to unknown sources are left out. */
export function resolveSources(refs: readonly (TooltipSourceRef & { section?: string })[], sources: readonly Source[]): ResolvedSource[] {
  return refs.flatMap((ref) => {
    const source = sources.find((candidate) => candidate.id === ref.source);
    return source ? [{ source, section: ref.section, short: ref.short === true }] : [];
  });
}

/** "Longkanker Nederland, Meest gestelde vragen …, bijgewerkt 9 augustus 2023" */
export function sourceLabel({ source }: ResolvedSource): string {
  return `${source.publisher}, ${source.title}, ${source.dateLabel}`;
}

/**
 * The references that back the shown short text. Where none is marked (a FAQ answer), the first
 * one: an answer rests mainly on its first source and adds details from the others.
 */
export function shownSources(resolved: readonly ResolvedSource[]): ResolvedSource[] {
  const backing = resolved.filter((item) => item.short);
  return backing.length > 0 ? backing : resolved.slice(0, 1);
}

/**
 * The old-source note when the shown fact rests on an old source: a reference that backs the short
 * text comes from a source with an age note (the 2017 melanoma folder). An entry that only adds a
 * detail from the old source in its explanation gets no note here; the full entry marks that
 * detail at its source.
 */
export function ageNoteOf(resolved: readonly ResolvedSource[]): string | undefined {
  return shownSources(resolved).find((item) => item.source.ageNote)?.source.ageNote;
}

/** The age note of a glossary entry: none for a general explanation, which rests on no source. */
export function entryAgeNote(entry: Pick<TooltipEntry, 'general' | 'sources'>, sources: readonly Source[]): string | undefined {
  return entry.general ? undefined : ageNoteOf(resolveSources(entry.sources, sources));
}

const CATEGORY_LABELS: Record<Category, string> = {
  medicijn: 'medicijn',
  'eiwit/biomarker': 'eiwit of kenmerk van de tumor',
  behandeling: 'behandeling',
  ziekte: 'ziekte',
  onderzoek: 'onderzoek',
  zorgverlener: 'zorgverlener',
  organisatie: 'organisatie',
  lichaam: 'lichaam',
  bijwerking: 'bijwerking',
  begrip: 'begrip',
};

/** The category in plain words, as a reader sees it. */
export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category];
}

/** Shown instead of a source where an entry explains a word in general terms, not from a seed. */
export const GENERAL_LABEL = 'algemene uitleg';
