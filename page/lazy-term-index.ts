import { unpackTermIndex, type PackedTermIndex } from '../core/finder/packed-index';
import { createPrefilter } from '../core/finder/prefilter';
import type { TermIndex } from '../core/finder/term-index';

/** The term index as the scanner uses it: a quick "no term here" test first, the trie only when needed. */
export interface PageTermIndex {
  /** False means the finder finds nothing in this text. */
  mayContainTerm(text: string): boolean;
  get(): TermIndex;
}

/**
 * The packed index of the content script, unpacked on first use: on a page whose text never
 * passes the prefilter (most pages) the trie is never built, which saves ~3 ms per page.
 */
export function lazyTermIndex(packed: PackedTermIndex, compiled?: (text: string) => boolean): PageTermIndex {
  let index: TermIndex | undefined;
  // The content script's, when it has compiled the same pattern already (page/engine-handoff.ts).
  let prefilter = compiled;
  return {
    mayContainTerm: (text) => (prefilter ??= createPrefilter(packed.prefilter))(text),
    get: () => (index ??= unpackTermIndex(packed)),
  };
}

/** An index already built (the page-engine tests): every text goes to the finder. */
export function eagerTermIndex(index: TermIndex): PageTermIndex {
  return { mayContainTerm: () => true, get: () => index };
}
