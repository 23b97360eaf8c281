import { findAllForms, type TermMatch } from '../core/finder/find-terms';
import type { TermIndex } from '../core/finder/term-index';
import { CharKind, charKind } from '../core/text/characters';

/** Characters read in one go: well under 1 ms of finder work on a quiet machine, so one long text never fills a slice. */
export const CHUNK_CHARS = 4096;
/** Read past a chunk's end, so a term that starts in the chunk is seen whole (forms are short). */
export const OVERLAP_CHARS = 200;

/**
 * The finder's matches over a run's text, a chunk at a time, the same as one pass over the whole
 * text: each chunk ends where the whole pass would also start afresh (after the last match, at a
 * word that follows a space, so no niet- prefix or hyphenated compound before it is cut off) and
 * keeps only the matches that start before that point.
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
    if (text.length - from <= CHUNK_CHARS + 2 * OVERLAP_CHARS) {
      this.position = text.length;
      return shift(findAllForms(this.index, from === 0 ? text : text.slice(from)), from);
    }
    // Read two overlaps past the chunk: the chunk may end up to one overlap late, and a match
    // that starts before its end is then still seen whole.
    const slice = text.slice(from, from + CHUNK_CHARS + 2 * OVERLAP_CHARS);
    const found = findAllForms(this.index, slice);
    const kept: TermMatch[] = [];
    let end = CHUNK_CHARS;
    for (let index = 0; ; ) {
      while (index < found.length && found[index]!.start < end) {
        kept.push(found[index]!);
        end = Math.max(end, found[index]!.end);
        index++;
      }
      const restart = restartPoint(slice, end, CHUNK_CHARS + OVERLAP_CHARS);
      // A match that starts before the restart point belongs to this chunk too.
      if (index < found.length && found[index]!.start < restart) {
        end = restart;
        continue;
      }
      end = restart;
      break;
    }
    this.position = from + end;
    return shift(kept, from);
  }
}

/** The first word after a space from `from` on, else the first word after other punctuation, else `limit`. */
function restartPoint(text: string, from: number, limit: number): number {
  if (from >= limit) return from;
  for (let position = from; position < limit; position++) {
    if (startsWordAfterSpace(text, position)) return position;
  }
  for (let position = Math.max(from, 1); position < limit; position++) {
    if (charKind(text.charCodeAt(position)) === CharKind.Word && charKind(text.charCodeAt(position - 1)) !== CharKind.Word) return position;
  }
  return limit;
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
