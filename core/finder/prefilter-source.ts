import { insert, SEPARATOR_SYMBOL, type TermIndex, type Terminal, type TrieNode } from './term-index';
import { PREFILTER_DEPTH, type PrefilterSource } from './prefilter';

/**
 * A run of separators, as the patterns write it: any run of units that are not ASCII letters or
 * digits (in the lower-cased text, or in any case). That is more than the finder's separators
 * (spaces, hyphens, dashes, brackets), which only lets a few more texts through to the finder, and
 * short: the patterns repeat it at every separator of the trie, and their length is much of what
 * V8 compiles on every page.
 */
const LOWER_SEPARATORS = '[^a-z0-9]+';
const ANY_CASE_SEPARATORS = '[^A-Za-z0-9]+';

function escapeInClass(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A trie symbol as a pattern: ASCII letters and digits as themselves (in the case given), a separator as the class, anything else any non-ASCII unit. */
function symbolPattern(symbol: number, separators: string): string {
  if (symbol === SEPARATOR_SYMBOL) return separators;
  if (symbol >= 0x80) return '[^\\x00-\\x7f]';
  const char = String.fromCharCode(symbol);
  return /[A-Za-z0-9]/.test(char) ? char : escapeInClass(symbol);
}

type Accepts = (terminal: Terminal) => boolean;

/** The part of a trie that leads to the terminals `accepts` takes (with only those terminals); undefined if none. */
function filterTrie(node: TrieNode, accepts: Accepts): TrieNode | undefined {
  const kept: TrieNode = { children: new Map() };
  const terminals = node.terminals?.filter(accepts);
  if (terminals && terminals.length > 0) kept.terminals = terminals;
  for (const [symbol, child] of node.children) {
    const filtered = filterTrie(child, accepts);
    if (filtered) kept.children.set(symbol, filtered);
  }
  return kept.terminals || kept.children.size > 0 ? kept : undefined;
}

/**
 * Every path of the trie, each up to its first terminal or `depth` symbols: reaching that node is
 * enough, since what could follow only makes the match longer. Paths on which `covering` (the
 * same walk in another pattern's trie) reaches its own cut first are left out: that pattern
 * matches there already. Undefined when nothing is left.
 */
function nodePattern(node: TrieNode, separators: string, depth: number, covering?: TrieNode): string | undefined {
  if (covering && (covering.terminals !== undefined || depth === 0)) return undefined;
  if (node.terminals !== undefined || depth === 0) return '';
  const alternatives: string[] = [];
  for (const [symbol, child] of [...node.children].sort((a, b) => a[0] - b[0])) {
    const rest = nodePattern(child, separators, depth - 1, covering?.children.get(symbol));
    if (rest !== undefined) alternatives.push(symbolPattern(symbol, separators) + rest);
  }
  if (alternatives.length === 0) return undefined;
  if (alternatives.length === 1) return alternatives[0]!;
  return `(?:${alternatives.join('|')})`;
}

/**
 * The case-sensitive forms ("ALK", "c-Kit") as a trie of their own letters: the main trie holds
 * them folded, and each terminal keeps its exact letters, which follow the path's symbols one for
 * one (separators aside).
 */
function exactTrie(root: TrieNode): TrieNode {
  const exact: TrieNode = { children: new Map() };
  const visit = (node: TrieNode, path: number[]) => {
    for (const terminal of node.terminals ?? []) {
      const letters = terminal.exactLetters;
      if (letters === undefined) continue;
      let letter = 0;
      insert(exact, path.map((symbol) => (symbol === SEPARATOR_SYMBOL ? symbol : letters.charCodeAt(letter++))), terminal);
    }
    for (const [symbol, child] of node.children) visit(child, [...path, symbol]);
  };
  visit(root, []);
  return exact;
}

/** Compound heads anywhere, other forms only at a word start (see prefilterSource); case-sensitive forms lower-cased only with `caseSensitiveToo`. */
function lowerPattern(index: TermIndex, accepts: Accepts, depth: number, caseSensitiveToo = false): string {
  const heads = filterTrie(index.compoundHeads, accepts);
  const others = filterTrie(index.root, (terminal) => (caseSensitiveToo || terminal.exactLetters === undefined) && accepts(terminal));
  const anywhere = heads && nodePattern(heads, LOWER_SEPARATORS, depth);
  // Paths the heads' pattern matches already (anywhere, so also at a word start) are left out.
  const atWordStart = others && nodePattern(others, LOWER_SEPARATORS, depth, heads);
  return [anywhere && `(?:${anywhere})`, atWordStart && `(?<![a-z0-9])(?:${atWordStart})`].filter(Boolean).join('|');
}

/**
 * The prefilter's sources for this index (PrefilterSource). A form that is not a compound head
 * matches only at a word start (the finder's longestMatchAt), so its path is anchored: no "alk"
 * in "Balkan", no "til" in "stil". Case-sensitive forms are matched in their own case, so
 * "Tilburg" is not "TIL". The anchor is "no ASCII letter or digit before": those are always
 * inside a word for the finder; any other character before lets the text through, which only
 * costs a walk. Ambiguous forms (kuur, controle) have a pattern of their own: they are marked
 * only beside an unambiguous term, so a page without one needs no engine at all.
 */
export function prefilterSource(index: TermIndex, depth = PREFILTER_DEPTH): PrefilterSource {
  const unambiguous: Accepts = (terminal) => !terminal.ambiguous;
  const ambiguous: Accepts = (terminal) => terminal.ambiguous;
  // An ambiguous case-sensitive form ("AMO") is in the ambiguous pattern, lower-cased: more, not less.
  const exactForms = filterTrie(exactTrie(index.root), unambiguous);
  const exact = exactForms && nodePattern(exactForms, ANY_CASE_SEPARATORS, depth);
  return {
    lower: lowerPattern(index, unambiguous, depth) || '(?!)',
    exact: exact ? `(?<![A-Za-z0-9])(?:${exact})` : '',
    ambiguous: lowerPattern(index, ambiguous, depth, true),
  };
}
