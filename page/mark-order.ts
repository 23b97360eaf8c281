import type { Mark } from './mark-registry';

/** What the walk needs of the registry: the marks on a text node, and which are painted. */
export interface MarkSource {
  marksOf(node: Text): Iterable<Mark>;
  isShown(mark: Mark): boolean;
}

/** Whether the StaticRange still fits its text: a StaticRange goes stale when its text shrinks. */
export function isLive(range: AbstractRange): boolean {
  const fits = (node: Node, offset: number) =>
    node.isConnected && offset <= (node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length);
  return fits(range.startContainer, range.startOffset) && fits(range.endContainer, range.endOffset);
}

function openShadow(node: Node): ShadowRoot | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
}

/** Tree order through open shadow roots: an element's shadow tree, then its light children. */
function firstChildOf(node: Node): Node | null {
  return openShadow(node)?.firstChild ?? node.firstChild;
}

function nextInOrder(node: Node, root: Node): Node | null {
  const child = firstChildOf(node);
  if (child) return child;
  for (let current: Node = node; current !== root; ) {
    if (current.nextSibling) return current.nextSibling;
    const parent = current.parentNode;
    if (!parent) return null;
    if (parent instanceof ShadowRoot) {
      if (parent.host.firstChild) return parent.host.firstChild;
      current = parent.host;
    } else {
      current = parent;
    }
  }
  return null;
}

function lastDescendant(node: Node): Node {
  for (let current = node; ; ) {
    const last = current.lastChild ?? openShadow(current)?.lastChild;
    if (!last) return current;
    current = last;
  }
}

function previousInOrder(node: Node, root: Node): Node | null {
  if (node === root) return null;
  const sibling = node.previousSibling;
  if (sibling) return lastDescendant(sibling);
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent instanceof ShadowRoot) return parent.host;
  const shadowLast = openShadow(parent)?.lastChild;
  return shadowLast ? lastDescendant(shadowLast) : parent;
}

/**
 * The painted marks in document order, found lazily by walking the page from one mark to the
 * next: opening the navigator on a page with 60,000 marks costs one short walk, not a sort of
 * them all. Marks whose text went stale are skipped.
 */
export class MarkOrder {
  constructor(
    private readonly root: Node,
    private readonly source: MarkSource,
  ) {}

  /** The first mark after `from`, or the first of the page. */
  next(from?: Mark): Mark | undefined {
    let node: Node | null = from ? from.range.startContainer : this.root;
    if (from) {
      const after = this.inNode(node).find((mark) => mark.range.startOffset > from.range.startOffset);
      if (after) return after;
    }
    for (node = node && nextInOrder(node, this.root); node; node = nextInOrder(node, this.root)) {
      const [first] = this.inNode(node);
      if (first) return first;
    }
    return undefined;
  }

  /** The last mark before `from`, or the last of the page. */
  previous(from?: Mark): Mark | undefined {
    let node: Node | null = from ? from.range.startContainer : lastDescendant(this.root);
    if (from) {
      const before = this.inNode(node).filter((mark) => mark.range.startOffset < from.range.startOffset).pop();
      if (before) return before;
      node = previousInOrder(node, this.root);
    }
    for (; node; node = previousInOrder(node, this.root)) {
      const marks = this.inNode(node);
      if (marks.length > 0) return marks[marks.length - 1];
    }
    return undefined;
  }

  /** The painted, live marks that start in this node, by offset. */
  private inNode(node: Node): Mark[] {
    if (node.nodeType !== Node.TEXT_NODE) return [];
    const marks: Mark[] = [];
    for (const mark of this.source.marksOf(node as Text)) {
      if (mark.range.startContainer === node && this.source.isShown(mark) && isLive(mark.range)) marks.push(mark);
    }
    return marks.sort((a, b) => a.range.startOffset - b.range.startOffset);
  }
}
