import { isInline, isSkipped } from './dom-rules';

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

/**
 * Yields the text runs under `root` in document order. A generator, so a long page can be read
 * in small slices: the caller stops pulling when its time slice is used up.
 */
export function* textRuns(root: Node, options: RunWalkOptions = {}): Generator<TextRun> {
  let run: TextRun = { nodes: [], starts: [], text: '' };
  const flush = function* (): Generator<TextRun> {
    if (run.nodes.length > 0 && /\S/.test(run.text)) yield run;
    run = { nodes: [], starts: [], text: '' };
  };
  let breakPending = false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isSkipped(element)) {
        breakPending = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (element.shadowRoot) options.onShadowRoot?.(element.shadowRoot);
      if (isInline(element)) return NodeFilter.FILTER_SKIP;
      breakPending = true;
      return options.ownTextOnly ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (breakPending) {
      yield* flush();
      breakPending = false;
    }
    const text = node as Text;
    run.nodes.push(text);
    run.starts.push(run.text.length);
    run.text += text.data;
  }
  yield* flush();
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
