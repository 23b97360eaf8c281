import { findAllForms, type TermMatch } from '../core/finder/find-terms';
import type { TermIndex } from '../core/finder/term-index';
import { CharKind, charKind } from '../core/text/characters';

/** Characters read in one go: well under 1 ms of finder work on a quiet machine, so one long text never fills a slice. */
export const CHUNK_CHARS = 4096;
/** Read past a chunk's end, so a term that starts in the chunk is seen whole (forms are short). */
export const OVERLAP_CHARS = 200;

/**
 * The finder's matches over a run's text, a chunk at a time, the same as one pass over the whole
 * text: each chunk starts at a word start the whole pass would also try (after the last match, at
 * a word character after a non-word one) and keeps only the matches that start inside it.
 */
export class RunMatcher {
  private position: number;

  constructor(
    private readonly index: TermIndex,
    private readonly text: string,
    /** Where to start: 0, or a point from `resumePoint` (what comes before it is not read). */
    from = 0,
  ) {
    this.position = from;
  }

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

/**
 * Where a pass over this text plus text appended later may start and still find what one pass over
 * all of it finds: at or after the end of the last match (no match runs over it), far enough
 * before the end that a term the appended text completes is seen whole, and at a word that follows
 * a space, so nothing before it (a niet- prefix, a hyphenated compound, a web address) changes
 * what is found there. Undefined when the text has no such point: read the whole text again.
 */
export function resumePoint(text: string, lastMatch: { start: number; end: number } | undefined): number | undefined {
  const lastMatchEnd = lastMatch?.end ?? 0;
  const from = Math.max(lastMatchEnd, text.length - OVERLAP_CHARS, 1);
  for (let position = from; position < text.length; position++) {
    if (startsWordAfterSpace(text, position)) return position;
  }
  if (text.length > 0 && isSpace(text.charCodeAt(text.length - 1)) && text.length >= lastMatchEnd) return text.length;
  for (let position = from - 1; position >= Math.max(lastMatchEnd, 1); position--) {
    if (startsWordAfterSpace(text, position)) return position;
  }
  // Only punctuation after the last match ("… pembrolizumab."): read again from that match, where
  // a whole pass also started a word.
  if (lastMatch && (lastMatch.start === 0 || startsWordAfterSpace(text, lastMatch.start))) return lastMatch.start;
  return undefined;
}

function startsWordAfterSpace(text: string, position: number): boolean {
  return charKind(text.charCodeAt(position)) === CharKind.Word && isSpace(text.charCodeAt(position - 1));
}

/** White space only: a hyphen or bracket before a word may change what the word is (niet-, anti-). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x202f || code === 0x2009;
}

function shift(matches: TermMatch[], by: number): TermMatch[] {
  if (by === 0) return matches;
  for (const match of matches) {
    match.start += by;
    match.end += by;
  }
  return matches;
}
