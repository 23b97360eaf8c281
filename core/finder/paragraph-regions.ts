import { findAllForms, resolveAmbiguous, type TermMatch } from './find-terms';
import type { TermIndex } from './term-index';

/** A line break, any blank or white-space-only lines, and the next line break: a paragraph ends. */
const BLANK_LINES = /\r?\n[^\S\r\n]*(?:\r?\n[^\S\r\n]*)*\r?\n/g;

export interface Paragraph {
  start: number;
  end: number;
}

/** The blank-line-separated paragraphs of a plain text, as offsets into it. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const gap of text.matchAll(BLANK_LINES)) {
    if (gap.index > start) paragraphs.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  if (start < text.length) paragraphs.push({ start, end: text.length });
  return paragraphs;
}

/**
 * The terms of a plain text whose paragraphs are its local contexts: an everyday word counts as
 * medical only in a paragraph with an unambiguous term. Offsets are those of the whole text; no
 * form runs across a blank line.
 */
export function findTermsInParagraphs(index: TermIndex, text: string): TermMatch[] {
  const found: TermMatch[] = [];
  for (const { start, end } of paragraphsOf(text)) {
    for (const match of resolveAmbiguous(findAllForms(index, text.slice(start, end)))) {
      found.push({ ...match, start: match.start + start, end: match.end + start });
    }
  }
  return found;
}
