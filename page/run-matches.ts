import { findAllForms, type TermMatch } from '../core/finder/find-terms';
import type { TermIndex } from '../core/finder/term-index';
import { CharKind, charKind } from '../core/text/characters';

/** Characters read in one go: well under 1 ms of finder work on a quiet machine, so one long text never fills a slice. */
export const CHUNK_CHARS = 4096;
/** Read past a chunk's end, so a term that starts in the chunk is seen whole (forms are short). */
const OVERLAP_CHARS = 200;

/**
 * The finder's matches over a run's text, a chunk at a time, the same as one pass over the whole
 * text: each chunk starts at a word start the whole pass would also try (after the last match, at
 * a word character after a non-word one) and keeps only the matches that start inside it.
 */
export class RunMatcher {
  private position = 0;

  constructor(
    private readonly index: TermIndex,
    private readonly text: string,
  ) {}

  /** The matches of the next chunk, offsets into the whole text; null when the text is read. */
  next(): TermMatch[] | null {
    const text = this.text;
    const from = this.position;
    if (from >= text.length) return null;
    if (text.length - from <= CHUNK_CHARS + OVERLAP_CHARS) {
      this.position = text.length;
      return shift(findAllForms(this.index, from === 0 ? text : text.slice(from)), from);
    }
    const found = findAllForms(this.index, text.slice(from, from + CHUNK_CHARS + OVERLAP_CHARS)).filter((match) => match.start < CHUNK_CHARS);
    const last = found[found.length - 1];
    let next = Math.max(from + CHUNK_CHARS, last ? from + last.end : 0);
    while (next < text.length && !(charKind(text.charCodeAt(next)) === CharKind.Word && charKind(text.charCodeAt(next - 1)) !== CharKind.Word)) next++;
    this.position = next;
    return shift(found, from);
  }
}

function shift(matches: TermMatch[], by: number): TermMatch[] {
  if (by === 0) return matches;
  for (const match of matches) {
    match.start += by;
    match.end += by;
  }
  return matches;
}
