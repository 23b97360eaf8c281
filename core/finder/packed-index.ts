import type { PrefilterSource } from './prefilter';
import { prefilterSource } from './prefilter-source';
import { endingKey, HEAD_ENDING_LENGTH, insert, type TermIndex, type Terminal, type TrieNode } from './term-index';

/**
 * The term index as plain numbers and strings, made at build time (scripts/build/
 * content-glossary-plugin.ts), so the content script does not fold and combine every form on each
 * page it starts on. `nodes` is the trie in preorder: per node its terminal count and terminal
 * numbers, then its child count and per child the symbol followed by the child; each number is
 * one UTF-16 unit, offset by CODE_OFFSET so small counts are printable ASCII in the bundle (a
 * string literal costs the page next to nothing to parse, 14,000 numbers in an array do). The
 * compound heads' trie and endings are not shipped: every head is a one-word form, whose path in
 * the trie of every form is its own, so a flag on its terminal is enough to rebuild them.
 */
export interface PackedTermIndex {
  /** [id, flags (1 ambiguous, 2 allowsSuffix, 4 headOfOwnCompound, 8 compound head, 16 only a compound head), exactLetters?] */
  terminals: [string, number, string?][];
  /** The trie of every form. */
  nodes: string;
  /** The sources of the regular expressions that tell text without any term (core/finder/prefilter.ts). */
  prefilter: PrefilterSource;
}

/**
 * What the engine ships: the unambiguous forms' patterns only in the content script, which
 * compiles them; the engine adds the ambiguous forms' pattern (core/finder/prefilter.ts).
 */
export type EngineTermIndex = Omit<PackedTermIndex, 'prefilter'> & { ambiguousPrefilter: string };

/** The prefilter the always-loaded content script ships: the unambiguous forms only (core/finder/prefilter.ts). */
export function contentPrefilterSource({ prefilter }: PackedTermIndex): Pick<PrefilterSource, 'lower' | 'exact'> {
  return { lower: prefilter.lower, exact: prefilter.exact };
}

/** The packed index as the engine ships it (see EngineTermIndex). */
export function engineTermIndex({ prefilter, ...rest }: PackedTermIndex): EngineTermIndex {
  return { ...rest, ambiguousPrefilter: prefilter.ambiguous };
}

const CODE_OFFSET = 0x30;
/** Below the surrogates: every number stays one UTF-16 unit. */
const MAX_NUMBER = 0xd7ff - CODE_OFFSET;

export function packTermIndex(index: TermIndex): PackedTermIndex {
  const { heads, headOnly } = headTerminalsOf(index);
  const numbers = new Map<Terminal, number>();
  const terminals: PackedTermIndex['terminals'] = [];
  let nodes: number[] = [];
  const visit = (node: TrieNode) => {
    const own = [...(node.terminals ?? []), ...(headOnly.get(node) ?? [])];
    nodes.push(own.length);
    for (const terminal of own) {
      let number = numbers.get(terminal);
      if (number === undefined) {
        number = terminals.length;
        numbers.set(terminal, number);
        const head = heads.has(terminal) ? 8 : node.terminals?.includes(terminal) ? 0 : 8 | 16;
        const flags = (terminal.ambiguous ? 1 : 0) | (terminal.allowsSuffix ? 2 : 0) | (terminal.headOfOwnCompound ? 4 : 0) | head;
        terminals.push(terminal.exactLetters === undefined ? [terminal.id, flags] : [terminal.id, flags, terminal.exactLetters]);
      }
      nodes.push(number);
    }
    nodes.push(node.children.size);
    for (const [symbol, child] of node.children) {
      nodes.push(symbol);
      visit(child);
    }
  };
  const packTrie = (root: TrieNode): string => {
    nodes = [];
    visit(root);
    const tooLarge = nodes.find((number) => number > MAX_NUMBER);
    if (tooLarge !== undefined) throw new Error(`packed term index: ${tooLarge} does not fit in one UTF-16 unit`);
    return nodes.map((number) => String.fromCharCode(number + CODE_OFFSET)).join('');
  };
  return { terminals, nodes: packTrie(index.root), prefilter: prefilterSource(index) };
}

/**
 * Which terminals stand for compound heads: each head's own terminal, which the trie of every
 * form holds at the same path, as the head is a one-word form. Where the trie kept another
 * form's terminal of the same entry there instead (the closed variant of a hyphenated form,
 * inserted first: "Breslow-dikte" before "breslowdikte"), the head's terminal is packed at that
 * node too, flagged as only a head.
 */
function headTerminalsOf(index: TermIndex): { heads: Set<Terminal>; headOnly: Map<TrieNode, Terminal[]> } {
  const heads = new Set<Terminal>();
  const headOnly = new Map<TrieNode, Terminal[]>();
  const visit = (head: TrieNode, node: TrieNode | undefined) => {
    for (const terminal of head.terminals ?? []) {
      if (!node) throw new Error(`packed term index: the compound head ${terminal.id} has no path in the trie of every form`);
      if (node.terminals?.includes(terminal)) heads.add(terminal);
      else headOnly.set(node, [...(headOnly.get(node) ?? []), terminal]);
    }
    for (const [symbol, child] of head.children) visit(child, node?.children.get(symbol));
  };
  visit(index.compoundHeads, index.root);
  return { heads, headOnly };
}

export function unpackTermIndex(packed: Omit<PackedTermIndex, 'prefilter'>): TermIndex {
  const flagsOf: number[] = [];
  const terminals = packed.terminals.map(([id, flags, exactLetters]): Terminal => {
    const terminal: Terminal = { id, ambiguous: (flags & 1) !== 0, allowsSuffix: (flags & 2) !== 0, headOfOwnCompound: (flags & 4) !== 0 };
    if (exactLetters !== undefined) terminal.exactLetters = exactLetters;
    flagsOf.push(flags);
    return terminal;
  });
  // The compound heads are rebuilt in the same pass, at the path the reader is on.
  const compoundHeads: TrieNode = { children: new Map() };
  const headEndings = new Set<number>();
  const path: number[] = [];
  const addHead = (terminal: Terminal) => {
    insert(compoundHeads, path, terminal);
    headEndings.add(endingKey(path.slice(-HEAD_ENDING_LENGTH)));
  };
  const nodes = packed.nodes;
  let at = 0;
  const next = () => nodes.charCodeAt(at++) - CODE_OFFSET;
  const read = (): TrieNode => {
    const node: TrieNode = { children: new Map() };
    const terminalCount = next();
    for (let index = 0; index < terminalCount; index++) {
      const number = next();
      const terminal = terminals[number]!;
      const flags = flagsOf[number]!;
      if ((flags & 8) !== 0) addHead(terminal);
      if ((flags & 16) === 0) (node.terminals ??= []).push(terminal);
    }
    const childCount = next();
    for (let index = 0; index < childCount; index++) {
      const symbol = next();
      path.push(symbol);
      node.children.set(symbol, read());
      path.pop();
    }
    return node;
  };
  const root = read();
  if (at !== nodes.length) throw new Error(`packed term index: ${nodes.length - at} numbers left over`);
  return { root, compoundHeads, headEndings };
}
