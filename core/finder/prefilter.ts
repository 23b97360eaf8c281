/**
 * A quick "can this text hold a term at all?" test, so text without any (most of the web) never
 * reaches the finder's per-character walk, and the trie is not even unpacked on such a page. It
 * is two native regular expressions made at build time from the trie (prefilterSource,
 * core/finder/prefilter-source.ts) and compiled in the page (createPrefilter): over the lower-cased
 * text, the paths to the compound heads anywhere (also inside words) and to every other form at a
 * word start; over the text in its own case, the case-sensitive forms ("ALK") at a word start. Each
 * path runs up to its first form or PREFILTER_DEPTH symbols, so the test says yes to a superset of
 * what findAllForms finds. The content script tests only the unambiguous forms; the engine
 * compiles the same sources with the ambiguous forms' as one pattern (enginePrefilter). This file
 * imports nothing, so the small always-loaded content script does not carry the finder's
 * character tables.
 *
 * Why 12 symbols: the full paths (14 KB of pattern for 149 terms) cost V8 ~7 ms to compile on
 * every page. With paths anchored at word starts and separators written short, 12 symbols (8.9 KB
 * for 269 terms) compile and run over the ordinary benchmark page in about 1.9 ms (Node 22), the
 * earlier 8 without anchors (4.5 KB) in about 1.6. Weighted by how often words occur (the 50,000
 * most frequent words of OpenSubtitles 2018), a page of 1,000 ordinary Dutch words then passes
 * with a probability of 0.03 (10 symbols: 0.10; 14: 0.01 for 10.1 KB; the unanchored 8: 0.74), and
 * 0.05 % of the Dutch word list passes without a term (tests/unit/core/prefilter.test.ts).
 */
export const PREFILTER_DEPTH = 12;

/** Invisible units the finder steps over inside a word, and combining marks (the finder folds them away). */
export const HAS_STEPPED_OVER = /[\u00ad\u200b-\u200d\u2060\ufeff\p{M}]/u;
const STEPPED_OVER = new RegExp(HAS_STEPPED_OVER.source, 'gu');
/** Anything but printable ASCII, tabs and line ends: a text without it needs no folding but lower case. */
export const NON_ASCII = /[^ -~\t\n\r]/;

/** What the prefilter matches, as regular-expression sources (made by prefilterSource in prefilter-source.ts); '' where there is nothing to match. */
export interface PrefilterSource {
  /** For the lower-cased text: unambiguous compound heads anywhere, every other unambiguous form at a word start. */
  lower: string;
  /** For the text in its own case: the unambiguous case-sensitive forms at a word start. */
  exact: string;
  /** For the lower-cased text: the ambiguous forms, as `lower` does the others. */
  ambiguous: string;
}

/** Whether a text may contain a term: false means findAllForms finds none of the forms the prefilter stands for in it. */
export type Prefilter = (text: string) => boolean;

/**
 * The content script's prefilter: whether a text may hold an unambiguous term. That is enough to
 * decide whether a page needs the engine at all, since an ambiguous form is marked only beside
 * an unambiguous one (resolveAmbiguous). It keeps its sources for the engine (enginePrefilter).
 */
export interface SentryPrefilter extends Prefilter {
  readonly source: Pick<PrefilterSource, 'lower' | 'exact'>;
}

/** The engine's prefilter: every form, as one global pattern over the lower-cased text, which the finder also searches with (TermIndex.candidates). */
export interface EnginePrefilter extends Prefilter {
  readonly pattern: RegExp;
}

export function createPrefilter(source: Pick<PrefilterSource, 'lower' | 'exact'>): SentryPrefilter {
  const lower = new RegExp(source.lower, 'g');
  const exact = source.exact ? new RegExp(source.exact, 'g') : undefined;
  const mayContainTerm = (text: string) => {
    const plain = plainText(text);
    return matches(lower, plain.toLowerCase()) || (exact !== undefined && matches(exact, plain));
  };
  return Object.assign(mayContainTerm, { source: { lower: source.lower, exact: source.exact } });
}

/**
 * One pattern for every form: the case-sensitive ones lower-cased (more texts pass, none is
 * lost), so each text is read once. Its sources hold no class or escape whose meaning changes with
 * case (prefilter-source.ts writes letters as themselves and other units as \u escapes), so
 * lower-casing the exact source is safe.
 */
export function enginePrefilter(source: PrefilterSource): EnginePrefilter {
  const pattern = new RegExp([source.lower, source.exact.toLowerCase(), source.ambiguous].filter(Boolean).join('|'), 'g');
  const mayContainTerm = (text: string) => matches(pattern, plainText(text).toLowerCase());
  return Object.assign(mayContainTerm, { pattern });
}

/** The text as the patterns read it (before lower-casing): decomposed, without the units the finder steps over. */
function plainText(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(STEPPED_OVER, '') : text;
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
