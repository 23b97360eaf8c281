import type { FinderEntry } from '../data/types';
import { CharKind, charKind, foldChar, foldText } from '../text/characters';
import { selfContradictingForms } from './sense-rules';

/** Trie symbol for "a run of separators here" (space, hyphen, dash, bracket). */
export const SEPARATOR_SYMBOL = 0x20;

/** More optional separators than this in one form: only the written and the closed form are indexed. */
const MAX_OPTIONAL_SEPARATORS = 4;

export interface Terminal {
  id: string;
  ambiguous: boolean;
  /** For case-sensitive forms: the exact letters (separators removed) the text must show. */
  exactLetters?: string;
  /** Whether Dutch inflection may follow the form (plural -s/-en, adjective -e); not after digits. */
  allowsSuffix: boolean;
  /**
   * The form is the last part of one of the entry's own hyphenated forms ("oncoloog" of
   * "internist-oncoloog"), so after another first part ("radiotherapeut-oncoloog") it names
   * someone else and is not this entry.
   */
  headOfOwnCompound: boolean;
}

export interface TrieNode {
  children: Map<number, TrieNode>;
  terminals?: Terminal[];
}

export interface TermIndex {
  root: TrieNode;
  /**
   * The forms that may be the last part of a closed compound ("botuitzaaiingen"): one word of at
   * least MIN_COMPOUND_HEAD letters, not case-sensitive (no "ALK" in "valk") and not the head of
   * the entry's own hyphenated term ("oncoloog" in "kinderoncoloog" is not an internist-oncoloog).
   */
  compoundHeads: TrieNode;
  /**
   * The last HEAD_ENDING_LENGTH folded letters of every compound head, so a word that cannot end
   * in one is passed over without walking the heads from each of its letters.
   */
  headEndings: Set<number>;
  /**
   * The engine prefilter's pattern, global (core/finder/prefilter.ts), when the caller has it
   * compiled: the finder then walks only the words in which it matches, since every form and
   * compound head starts with one of its paths. Without it every word is walked (the same matches).
   */
  candidates?: RegExp;
}

export const HEAD_ENDING_LENGTH = 3;

/** Three folded UTF-16 symbols as one number (48 bits, exact in a double). */
export function endingKey(symbols: readonly number[]): number {
  return (symbols[0]! * 0x10000 + symbols[1]!) * 0x10000 + symbols[2]!;
}

/** Shorter forms ("ALK", "MEK") are too likely to end unrelated words; "kuur" must count. */
export const MIN_COMPOUND_HEAD = 4;

/** The form as trie symbols: folded letters, one SEPARATOR_SYMBOL per run of separators. */
function symbolsOf(form: string): number[] {
  const symbols: number[] = [];
  for (let index = 0; index < form.length; index++) {
    const code = form.charCodeAt(index);
    const kind = charKind(code);
    if (kind === CharKind.Ignorable) continue;
    if (kind === CharKind.Separator) {
      if (symbols.length > 0 && symbols[symbols.length - 1] !== SEPARATOR_SYMBOL) symbols.push(SEPARATOR_SYMBOL);
      continue;
    }
    symbols.push(foldChar(code));
  }
  while (symbols[symbols.length - 1] === SEPARATOR_SYMBOL) symbols.pop();
  return symbols;
}

/** "PD-L1" → PD-L1 and PDL1: a separator in a form is optional in the text. */
function variantsOf(symbols: number[]): number[][] {
  const separatorCount = symbols.filter((symbol) => symbol === SEPARATOR_SYMBOL).length;
  if (separatorCount === 0) return [symbols];
  const closed = symbols.filter((symbol) => symbol !== SEPARATOR_SYMBOL);
  if (separatorCount > MAX_OPTIONAL_SEPARATORS) return [symbols, closed];
  const variants: number[][] = [];
  for (let mask = 0; mask < 1 << separatorCount; mask++) {
    let bit = 0;
    variants.push(symbols.filter((symbol) => symbol !== SEPARATOR_SYMBOL || (mask >> bit++) % 2 === 1));
  }
  return variants;
}

function lettersOf(form: string): string {
  let letters = '';
  for (let index = 0; index < form.length; index++) {
    const kind = charKind(form.charCodeAt(index));
    if (kind !== CharKind.Separator && kind !== CharKind.Ignorable) letters += form.charAt(index);
  }
  return letters;
}

/** Puts a terminal at the end of a path, making the nodes on the way; one terminal per entry and exact letters at a node. */
export function insert(root: TrieNode, symbols: readonly number[], terminal: Terminal): void {
  let node = root;
  for (const symbol of symbols) {
    let child = node.children.get(symbol);
    if (!child) {
      child = { children: new Map() };
      node.children.set(symbol, child);
    }
    node = child;
  }
  const terminals = (node.terminals ??= []);
  if (terminals.some((existing) => existing.id === terminal.id && existing.exactLetters === terminal.exactLetters)) return;
  terminals.push(terminal);
  // Case-sensitive forms are the more specific claim, so they are tried first.
  terminals.sort((a, b) => Number(b.exactLetters !== undefined) - Number(a.exactLetters !== undefined));
}

/**
 * When the entry itself is a hyphenated compound ("internist-oncoloog"), the folded part after its
 * first part, in every form that starts with that first part: "oncoloog", "oncologen". Only the
 * term counts: an alias "controle-CT-scan" is a kind of CT-scan, so "thorax-CT-scan" still is one.
 */
function compoundHeadsOf(term: string, forms: readonly string[]): Set<string> {
  const heads = new Set<string>();
  const first = /^(\p{L}+)[-‐‑](?=\p{L})/u.exec(term)?.[1];
  if (first === undefined) return heads;
  const modifier = foldText(first);
  for (const form of forms) {
    const parts = /^(\p{L}+)[-‐‑](\p{L}.*)$/u.exec(form);
    if (parts && foldText(parts[1]!) === modifier) heads.add(foldText(parts[2]!));
  }
  return heads;
}

/** Builds the trie of every term and alias once; finding is then one pass over any text. */
export function buildTermIndex(glossary: readonly FinderEntry[]): TermIndex {
  const root: TrieNode = { children: new Map() };
  const compoundHeads: TrieNode = { children: new Map() };
  const headEndings = new Set<number>();
  for (const entry of glossary) {
    const caseSensitive = new Set(entry.caseSensitive);
    const ambiguous = new Set(entry.ambiguous);
    const forms = [entry.term, ...entry.aliases];
    const contradicting = selfContradictingForms(forms);
    const heads = compoundHeadsOf(entry.term, forms.filter((form) => !contradicting.has(form)));
    for (const form of forms) {
      if (contradicting.has(form)) continue;
      const symbols = symbolsOf(form);
      if (symbols.length === 0) continue;
      const lastLetter = lettersOf(form).slice(-1);
      const terminal: Terminal = {
        id: entry.id,
        ambiguous: ambiguous.has(form),
        allowsSuffix: /\p{L}/u.test(lastLetter),
        headOfOwnCompound: heads.has(foldText(form)),
      };
      if (caseSensitive.has(form)) terminal.exactLetters = lettersOf(form);
      for (const variant of variantsOf(symbols)) insert(root, variant, terminal);
      const oneWord = !symbols.includes(SEPARATOR_SYMBOL);
      if (oneWord && symbols.length >= MIN_COMPOUND_HEAD && !terminal.exactLetters && !terminal.headOfOwnCompound) {
        insert(compoundHeads, symbols, terminal);
        headEndings.add(endingKey(symbols.slice(-HEAD_ENDING_LENGTH)));
      }
    }
  }
  return { root, compoundHeads, headEndings };
}
