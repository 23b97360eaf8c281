import { isInline, isLeftOutInline, isSkipped } from './dom-rules';

/** A piece of text that reads as one line: consecutive text nodes joined by inline markup only. */
export interface TextRun {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

export interface BlockReaderEvents {
  /** A nested block (any element that is not inline markup): it is read as a block of its own. */
  onChildBlock?: (element: Element) => void;
  /** An open shadow root met on the way, so it can be read and observed too. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** How many nodes are walked between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 64;

/** Runs of only whitespace (indentation between tags) are not worth reading. */
function hasText(run: TextRun): boolean {
  return run.nodes.length > 0 && /\S/.test(run.text);
}

function emptyRun(): TextRun {
  return { nodes: [], starts: [], text: '' };
}

/**
 * Reads one block's own text (element or shadow root), run by run, and names its nested blocks
 * and shadow roots without entering them. It can stop at any node and go on in a later slice: the
 * TreeWalker it keeps only ever stands inside this block, and if the page removed the node it
 * stood on (a TreeWalker is not adjusted for removals) the block is read again from its start.
 */
export class BlockReader {
  private walker: TreeWalker;
  private run = emptyRun();
  private started = false;
  private finished = false;
  /** The page removed the node the reader stood on, so it read the block again from its start. */
  restarted = false;
  /** The run returned last ends where the block ends (nothing but nested blocks or nothing after it). */
  lastRunEndsBlock = false;

  constructor(
    readonly block: Node,
    private readonly events: BlockReaderEvents = {},
    /** False for a block whose own text is not shown: only its nested blocks are named. */
    private readonly ownText = true,
  ) {
    this.walker = this.createWalker();
  }

  /**
   * Reads on from `node` (a text node of this block) instead of the block's start: a block that
   * only grew at its end is read from shortly before its old end. If `node` is no longer in the
   * block when reading starts, the whole block is read (and `restarted` says so).
   */
  startAt(node: Text): void {
    this.walker.currentNode = node;
    this.started = true;
  }

  /** The next run of text; null when the block is read to its end; undefined when time ran out. */
  next(deadline: number): TextRun | null | undefined {
    if (this.finished) return null;
    if (this.started && !this.standsInBlock()) this.restart();
    this.started = true;
    let count = 0;
    let node: Node | null = this.walker.currentNode === this.block ? this.walker.nextNode() : this.walker.currentNode;
    while (node) {
      if (++count % NODES_PER_CLOCK_CHECK === 0 && performance.now() >= deadline) return undefined;
      let done: TextRun | undefined;
      if (node.nodeType === Node.TEXT_NODE) {
        if (this.ownText) this.append(node as Text);
        node = this.walker.nextNode();
      } else {
        const element = node as Element;
        const inline = isInline(element);
        if (element.shadowRoot && inline) this.events.onShadowRoot?.(element.shadowRoot);
        if (isSkipped(element) || !inline) {
          // A block, a <br> or something never read (code, an editor) ends the line.
          done = this.takeRun();
          if (!isSkipped(element)) this.events.onChildBlock?.(element);
          node = this.skipSubtree();
        } else if (isLeftOutInline(element)) {
          node = this.skipSubtree();
        } else {
          node = this.walker.nextNode();
        }
      }
      if (done) {
        // Stand on the next node so a later call goes on from there.
        if (node) this.walker.currentNode = node;
        else this.finished = true;
        this.lastRunEndsBlock = false;
        return done;
      }
    }
    this.finished = true;
    const last = this.takeRun();
    if (last) this.lastRunEndsBlock = true;
    return last ?? null;
  }

  private createWalker(): TreeWalker {
    // No filter function on purpose: a JavaScript NodeFilter is called for every node and costs
    // about 1 µs each, several times the rest of the walk on a large page.
    return (this.block.ownerDocument ?? document).createTreeWalker(this.block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  private standsInBlock(): boolean {
    const current = this.walker.currentNode;
    return current === this.block || (current.isConnected && this.block.contains(current));
  }

  private restart(): void {
    this.restarted = true;
    this.walker = this.createWalker();
    this.run = emptyRun();
  }

  private append(text: Text): void {
    this.run.nodes.push(text);
    this.run.starts.push(this.run.text.length);
    this.run.text += text.data;
  }

  private takeRun(): TextRun | undefined {
    const run = this.run;
    this.run = emptyRun();
    return hasText(run) ? run : undefined;
  }

  /** Moves past the current node's subtree; null at the end of the block. */
  private skipSubtree(): Node | null {
    for (;;) {
      const sibling = this.walker.nextSibling();
      if (sibling) return sibling;
      if (!this.walker.parentNode()) return null;
    }
  }
}

/**
 * Every run under `root` in document order, nested blocks included, in one go: for tools (the
 * benchmark) that read a whole page at once. The content script reads block by block instead.
 */
export function* textRuns(root: Node): Generator<TextRun> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const block = stack.pop()!;
    const children: Node[] = block.nodeType === Node.ELEMENT_NODE && (block as Element).shadowRoot ? [(block as Element).shadowRoot!] : [];
    const reader = new BlockReader(block, { onChildBlock: (element) => children.push(element), onShadowRoot: (shadow) => children.push(shadow) });
    for (let run = reader.next(Infinity); run; run = reader.next(Infinity)) yield run;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
}

/** The text node (and its index in the run) and offset within it for an offset into the run's text. */
export function positionIn(run: TextRun, offset: number, isEnd: boolean): { node: Text; offset: number; index: number } {
  let low = 0;
  let high = run.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = run.starts[middle]!;
    if (start < offset || (!isEnd && start === offset)) low = middle;
    else high = middle - 1;
  }
  return { node: run.nodes[low]!, offset: offset - run.starts[low]!, index: low };
}
