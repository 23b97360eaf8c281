import { unpackTermIndex, type EngineTermIndex } from '../core/finder/packed-index';
import { enginePrefilter, type SentryPrefilter } from '../core/finder/prefilter';
import type { TermIndex } from '../core/finder/term-index';

/** The term index as the scanner uses it: a quick "no term here" test first, the trie only when needed. */
export interface PageTermIndex {
  /** False means the finder finds nothing in this text. */
  mayContainTerm(text: string): boolean;
  get(): TermIndex;
}

/**
 * The packed index of the engine, unpacked on first use: on a page whose text never passes the
 * prefilter (most pages) the trie is never built, which saves ~3 ms per page. The prefilter is the
 * content script's sources (page/engine-handoff.ts) with the ambiguous forms' pattern, which is
 * all the engine ships of it, compiled as one pattern (one pass over each text).
 */
export function lazyTermIndex(packed: EngineTermIndex, sentry: SentryPrefilter): PageTermIndex {
  const mayContainTerm = enginePrefilter({ ...sentry.source, ambiguous: packed.ambiguousPrefilter });
  let index: TermIndex | undefined;
  return {
    mayContainTerm,
    get: () => (index ??= { ...unpackTermIndex(packed), candidates: mayContainTerm.pattern }),
  };
}

/** An index already built (the page-engine tests): every text goes to the finder. */
export function eagerTermIndex(index: TermIndex): PageTermIndex {
  return { mayContainTerm: () => true, get: () => index };
}
