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

/**
 * The old-source note when the entry rests mainly on an old source (its first one): treatment may
 * have changed since. An entry that only adds a detail from an old source notes it at that source.
 */
export function ageNoteOf(resolved: readonly ResolvedSource[]): string | undefined {
  return resolved[0]?.source.ageNote;
}
