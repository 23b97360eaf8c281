import type { PrefilterSource } from './prefilter';
import { prefilterSource } from './prefilter-source';
import type { TermIndex, Terminal, TrieNode } from './term-index';

/**
 * The term index as plain numbers and strings, made at build time (scripts/build/
 * content-glossary-plugin.ts), so the content script does not fold and combine every form on each
 * page it starts on. `nodes` is the trie in preorder: per node its terminal count and terminal
 * numbers, then its child count and per child the symbol followed by the child; each number is
 * one UTF-16 unit, offset by CODE_OFFSET so small counts are printable ASCII in the bundle (a
 * string literal costs the page next to nothing to parse, 14,000 numbers in an array do).
 */
export interface PackedTermIndex {
  /** [id, flags (1 ambiguous, 2 allowsSuffix, 4 headOfOwnCompound), exactLetters?] */
  terminals: [string, number, string?][];
  /** The trie of every form. */
  nodes: string;
  /** The trie of compound heads, sharing the terminals. */
  heads: string;
  /** The heads' endings (see TermIndex.headEndings), each a 48-bit number. */
  headEndings: number[];
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
  const numbers = new Map<Terminal, number>();
  const terminals: PackedTermIndex['terminals'] = [];
  let nodes: number[] = [];
  const visit = (node: TrieNode) => {
    const own = node.terminals ?? [];
    nodes.push(own.length);
    for (const terminal of own) {
      let number = numbers.get(terminal);
      if (number === undefined) {
        number = terminals.length;
        numbers.set(terminal, number);
        const flags = (terminal.ambiguous ? 1 : 0) | (terminal.allowsSuffix ? 2 : 0) | (terminal.headOfOwnCompound ? 4 : 0);
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
  return {
    terminals,
    nodes: packTrie(index.root),
    heads: packTrie(index.compoundHeads),
    headEndings: [...index.headEndings],
    prefilter: prefilterSource(index),
  };
}

export function unpackTermIndex(packed: Omit<PackedTermIndex, 'prefilter'>): TermIndex {
  const terminals = packed.terminals.map(([id, flags, exactLetters]): Terminal => {
    const terminal: Terminal = { id, ambiguous: (flags & 1) !== 0, allowsSuffix: (flags & 2) !== 0, headOfOwnCompound: (flags & 4) !== 0 };
    if (exactLetters !== undefined) terminal.exactLetters = exactLetters;
    return terminal;
  });
  return {
    root: unpackTrie(packed.nodes, terminals),
    compoundHeads: unpackTrie(packed.heads, terminals),
    headEndings: new Set(packed.headEndings),
  };
}

function unpackTrie(nodes: string, terminals: readonly Terminal[]): TrieNode {
  let at = 0;
  const next = () => nodes.charCodeAt(at++) - CODE_OFFSET;
  const read = (): TrieNode => {
    const node: TrieNode = { children: new Map() };
    const terminalCount = next();
    if (terminalCount > 0) {
      node.terminals = [];
      for (let index = 0; index < terminalCount; index++) node.terminals.push(terminals[next()]!);
    }
    const childCount = next();
    for (let index = 0; index < childCount; index++) {
      const symbol = next();
      node.children.set(symbol, read());
    }
    return node;
  };
  const root = read();
  if (at !== nodes.length) throw new Error(`packed term index: ${nodes.length - at} numbers left over`);
  return root;
}
