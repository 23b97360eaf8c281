import type { Source, SourceRef } from '../core/data/types';

export interface ResolvedSource {
  source: Source;
  section: string;
}

/** The entry's sources with their details; references to unknown sources are left out. */
export function resolveSources(refs: readonly SourceRef[], sources: readonly Source[]): ResolvedSource[] {
  return refs.flatMap((ref) => {
    const source = sources.find((candidate) => candidate.id === ref.source);
    return source ? [{ source, section: ref.section }] : [];
  });
}

/** "Longkanker Nederland, Meest gestelde vragen …, bijgewerkt 9 augustus 2023" */
export function sourceLabel({ source }: ResolvedSource): string {
  return `${source.publisher}, ${source.title}, ${source.dateLabel}`;
}

/** The old-source note of the first source that has one: treatment may have changed since. */
export function ageNoteOf(resolved: readonly ResolvedSource[]): string | undefined {
  return resolved.find(({ source }) => source.ageNote)?.source.ageNote;
}
