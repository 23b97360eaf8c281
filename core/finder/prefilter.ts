/**
 * A quick "can this text hold a term at all?" test, so text without any (most of the web) never
 * reaches the finder's per-character walk, and the trie is not even unpacked on such a page. It
 * is one native regular expression over the lower-cased text: the trie's paths up to the first
 * form or PREFILTER_DEPTH symbols, anywhere in the text (also inside words, so compounds are
 * covered). So it says yes to a superset of what findAllForms finds. Made at build time from the
 * trie (prefilterSource, core/finder/prefilter-source.ts), compiled in the page (createPrefilter):
 * this file imports nothing, so the small always-loaded content script does not carry the
 * finder's character tables.
 *
 * Why 8 symbols: the full paths (14 KB of pattern for 149 terms) cost V8 ~7 ms to compile on
 * every page; 6 symbols (3.5 KB) cost ~1.5 ms, but with the 169 terms "ld waa" (across two words:
 * "ingesteld waarop") let ordinary text through; 8 (6.5 KB) says no to every run of the ordinary
 * benchmark page again (tests/unit/core/prefilter.test.ts). Paths with a separator can only match
 * at a word start; a pattern that says so would allow a shorter cut.
 */
export const PREFILTER_DEPTH = 8;

/** Invisible units the finder steps over inside a word, and combining marks (the finder folds them away). */
export const HAS_STEPPED_OVER = /[\u00ad\u200b-\u200d\u2060\ufeff\p{M}]/u;
const STEPPED_OVER = new RegExp(HAS_STEPPED_OVER.source, 'gu');
/** Anything but printable ASCII, tabs and line ends: a text without it needs no folding but lower case. */
export const NON_ASCII = /[^ -~\t\n\r]/;

/** Whether a text may contain a term (false means findAllForms finds nothing in it), with its compiled pattern. */
export interface Prefilter {
  (text: string): boolean;
  /** Global, so the finder can search with it from an offset (TermIndex.candidates); one compiled copy for both. */
  readonly pattern: RegExp;
}

export function createPrefilter(source: string): Prefilter {
  const pattern = new RegExp(source, 'g');
  const mayContainTerm = (text: string) => {
    pattern.lastIndex = 0;
    return pattern.test((NON_ASCII.test(text) ? text.normalize('NFD').replace(STEPPED_OVER, '') : text).toLowerCase());
  };
  return Object.assign(mayContainTerm, { pattern });
}
