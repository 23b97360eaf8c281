import { blockOf, isInline, isSkipped } from './dom-rules';

/** A piece of text that reads as one line: consecutive text nodes joined by inline markup only. */
export interface TextRun {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

export interface RunWalkOptions {
  /** Called for each open shadow root met on the way, so it can be read and observed too. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Read only the root's own text: nested blocks are left to their own scan. */
  ownTextOnly?: boolean;
}

/** Runs of only whitespace (indentation between tags) are not worth reading. */
function hasText(run: TextRun): boolean {
  return run.nodes.length > 0 && /\S/.test(run.text);
}

/**
 * Moves the walker past the current node's subtree; false at the end of the walk. The walker has
 * no filter function on purpose: a JavaScript NodeFilter is called for every node and costs about
 * 1 µs each, several times the rest of the walk on a large page (measured by npm run bench).
 */
function skipSubtree(walker: TreeWalker): boolean {
  for (;;) {
    if (walker.nextSibling()) return true;
    if (!walker.parentNode()) return false;
  }
}

/**
 * Yields the text runs under `root` in document order. A generator, so a long page can be read
 * in small slices: the caller stops pulling when its time slice is used up.
 */
export function* textRuns(root: Node, options: RunWalkOptions = {}): Generator<TextRun> {
  let run: TextRun = { nodes: [], starts: [], text: '' };
  let runBlock: Node | undefined;
  /** An element was passed since the last text node, so the next one may be in another block. */
  let structureChanged = false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      if (structureChanged || run.nodes.length === 0) {
        const block = blockOf(text);
        if (block !== runBlock) {
          if (hasText(run)) yield run;
          run = { nodes: [], starts: [], text: '' };
          runBlock = block;
        }
        structureChanged = false;
      }
      run.nodes.push(text);
      run.starts.push(run.text.length);
      run.text += text.data;
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    structureChanged = true;
    const inline = isInline(element);
    const skipped = isSkipped(element);
    // A block, a <br> or something never read (code, an editor) ends the line, even in one parent.
    if (!inline || skipped) runBlock = undefined;
    if (skipped || (!inline && options.ownTextOnly && element !== root)) {
      node = skipSubtree(walker) ? walker.currentNode : null;
      continue;
    }
    if (element.shadowRoot) options.onShadowRoot?.(element.shadowRoot);
    node = walker.nextNode();
  }
  if (hasText(run)) yield run;
}

/** The text node and offset within it for an offset into the run's text. */
export function positionIn(run: TextRun, offset: number, isEnd: boolean): { node: Text; offset: number } {
  let low = 0;
  let high = run.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = run.starts[middle]!;
    if (start < offset || (!isEnd && start === offset)) low = middle;
    else high = middle - 1;
  }
  return { node: run.nodes[low]!, offset: offset - run.starts[low]! };
}
