import { CharKind, charKind } from '../text/characters';
import { SEPARATOR_SYMBOL, type TermIndex, type TrieNode } from './term-index';

/**
 * A quick "can this text hold a term at all?" test, so text without any (most of the web) never
 * reaches the finder's per-character walk, and the trie is not even unpacked on such a page. It
 * is one native regular expression over the lower-cased text: the trie's paths up to the first
 * form or PREFILTER_DEPTH symbols, anywhere in the text (also inside words, so compounds are
 * covered). So it says yes to a superset of what findAllForms finds. Made at build time from the
 * trie (prefilterSource), compiled in the page (createPrefilter).
 *
 * Why 8 symbols: the full paths (14 KB of pattern for 149 terms) cost V8 ~7 ms to compile on
 * every page; 6 symbols (3.5 KB) cost ~1.5 ms, but with the 169 terms "ld waa" (across two words:
 * "ingesteld waarop") let ordinary text through; 8 (6.5 KB) says no to every run of the ordinary
 * benchmark page again (tests/unit/core/prefilter.test.ts). Paths with a separator can only match
 * at a word start; a pattern that says so would allow a shorter cut.
 */
export const PREFILTER_DEPTH = 8;

/** Every code unit the finder treats as a separator, as a character class body. */
function separatorClass(): string {
  const parts: string[] = [];
  for (let code = 0; code < 0x10000; code++) if (charKind(code) === CharKind.Separator) parts.push(escapeInClass(code));
  return parts.join('');
}

function escapeInClass(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A trie symbol (folded, so lower case) as a pattern: ASCII as itself, anything else any non-ASCII unit. */
function symbolPattern(symbol: number, separators: string): string {
  if (symbol === SEPARATOR_SYMBOL) return `[${separators}]+`;
  if (symbol >= 0x80) return '[^\\x00-\\x7f]';
  const char = String.fromCharCode(symbol);
  return /[a-z0-9]/.test(char) ? char : escapeInClass(symbol);
}

function nodePattern(node: TrieNode, separators: string, depth: number): string {
  // Reaching a node with a form is enough: what could follow only makes the match longer.
  if ((node.terminals && node.terminals.length > 0) || depth === 0) return '';
  const alternatives: string[] = [];
  for (const [symbol, child] of [...node.children].sort((a, b) => a[0] - b[0])) {
    alternatives.push(symbolPattern(symbol, separators) + nodePattern(child, separators, depth - 1));
  }
  if (alternatives.length === 1) return alternatives[0]!;
  return `(?:${alternatives.join('|')})`;
}

/** The prefilter's regular expression source for this index (its compound heads are forms in the main trie too). */
export function prefilterSource(index: TermIndex, depth = PREFILTER_DEPTH): string {
  return nodePattern(index.root, separatorClass(), depth);
}

/** Invisible units the finder steps over inside a word, and combining marks (the finder folds them away). */
const STEPPED_OVER = /[\u00ad\u200b-\u200d\u2060\ufeff\p{M}]/gu;
const NON_ASCII = /[^ -~\t\n\r]/;

/** Whether `text` may contain a term: false means findAllForms finds nothing in it. */
export function createPrefilter(source: string): (text: string) => boolean {
  const pattern = new RegExp(source);
  return (text) => pattern.test((NON_ASCII.test(text) ? text.normalize('NFD').replace(STEPPED_OVER, '') : text).toLowerCase());
}
