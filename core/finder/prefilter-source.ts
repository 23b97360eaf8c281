import { CharKind, charKind } from '../text/characters';
import { SEPARATOR_SYMBOL, type TermIndex, type TrieNode } from './term-index';
import { PREFILTER_DEPTH } from './prefilter';

/**
 * Every code unit the finder treats as a separator, as a short character class body: `\s` and
 * what it lacks, in ranges. The pattern repeats it at every separator of the trie, so its length
 * is much of what V8 compiles on every page; that `\s` also takes a few more spaces only lets a
 * few more texts through to the finder.
 */
function separatorClass(): string {
  const missing: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (charKind(code) === CharKind.Separator && !/\s/.test(String.fromCharCode(code))) missing.push(code);
  }
  const parts = ['\\s'];
  for (let start = 0; start < missing.length; ) {
    let end = start;
    while (end + 1 < missing.length && missing[end + 1] === missing[end]! + 1) end++;
    parts.push(end - start >= 2 ? `${escapeInClass(missing[start]!)}-${escapeInClass(missing[end]!)}` : missing.slice(start, end + 1).map(escapeInClass).join(''));
    start = end + 1;
  }
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
