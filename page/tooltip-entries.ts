import type { Source, TooltipEntry } from '../core/data/types';

/** What the tooltip shows of an entry, and the sources it cites: asked from the background on first use. */
export interface EntryAnswer {
  entry: TooltipEntry;
  sources: Source[];
}

/**
 * The tooltip texts of the terms explained on this page. They are not in the content script
 * (issue #15: every page would parse them, and its size would grow with the glossary); the
 * background hands each entry over on first use, and it is kept for the page's life.
 */
export class TooltipEntries {
  private readonly entries = new Map<string, TooltipEntry>();
  private readonly loading = new Map<string, Promise<TooltipEntry | undefined>>();
  private readonly sourceList: Source[] = [];

  constructor(private readonly ask: (id: string) => Promise<unknown>) {}

  cached(id: string): TooltipEntry | undefined {
    return this.entries.get(id);
  }

  /** The cited sources of every entry loaded so far (the tooltip looks its own up by id). */
  sources(): readonly Source[] {
    return this.sourceList;
  }

  load(id: string): Promise<TooltipEntry | undefined> {
    const known = this.entries.get(id);
    if (known) return Promise.resolve(known);
    let loading = this.loading.get(id);
    if (!loading) {
      loading = this.ask(id).then(
        (answer) => {
          this.loading.delete(id);
          return this.keep(id, answer);
        },
        () => {
          // Asked again next time: the background may have been restarting.
          this.loading.delete(id);
          return undefined;
        },
      );
      this.loading.set(id, loading);
    }
    return loading;
  }

  private keep(id: string, answer: unknown): TooltipEntry | undefined {
    if (!isEntryAnswer(answer) || answer.entry.id !== id) return undefined;
    for (const source of answer.sources) {
      if (!this.sourceList.some((known) => known.id === source.id)) this.sourceList.push(source);
    }
    this.entries.set(id, answer.entry);
    return answer.entry;
  }
}

function isEntryAnswer(value: unknown): value is EntryAnswer {
  const answer = value as Partial<EntryAnswer> | null | undefined;
  return typeof answer?.entry?.id === 'string' && Array.isArray(answer.sources);
}
