import { blockOf } from './dom-rules';

/** A mark as the painter sees it: a range to paint and the text node it starts in. */
export interface Paintable {
  range: StaticRange;
  nodes: Text[];
}

export interface Painter<T extends Paintable> {
  paint(mark: T): void;
  unpaint(mark: T): void;
  clear(): void;
  dispose(): void;
}

/** Paints every mark at once: right for ordinary pages, whose few hundred marks cost nothing to draw. */
export class AllPainter<T extends Paintable> implements Painter<T> {
  constructor(private readonly highlight: Highlight) {}

  paint(mark: T): void {
    this.highlight.add(mark.range);
  }

  unpaint(mark: T): void {
    this.highlight.delete(mark.range);
  }

  clear(): void {
    this.highlight.clear();
  }

  dispose(): void {
    this.clear();
  }
}

/**
 * Paints only the marks near the visible part of the page. Chromium redoes the markers of every
 * range in a Highlight after any change to it, so on a page with tens of thousands of marks each
 * change would cost a frame of hundreds of milliseconds (measured: 0.5 s at 47,000 ranges). Marks
 * are grouped by the block they stand in; an IntersectionObserver says which blocks are within a
 * viewport's height of the screen, and only their marks are in the Highlight.
 */
export class ViewportPainter<T extends Paintable> implements Painter<T> {
  private readonly marksByAnchor = new Map<Element, Set<T>>();
  /** Where each mark was filed: the DOM may have moved since, so it is not worked out again. */
  private readonly anchorByMark = new Map<T, Element>();
  private readonly nearScreen = new Set<Element>();
  private readonly observer: IntersectionObserver;
  /** Near-screen blocks with so many marks that only the marks on screen are painted (one long text). */
  private readonly pieced = new Map<Element, { sorted: T[] | undefined; painted: Set<T> }>();
  private readonly scrolls = new AbortController();
  private frame: number | undefined;

  constructor(private readonly highlight: Highlight) {
    this.observer = new IntersectionObserver((entries) => this.onIntersections(entries), { rootMargin: '100% 0px 100% 0px' });
    addEventListener('scroll', () => this.schedulePieces(), { capture: true, passive: true, signal: this.scrolls.signal });
    // Once more when the scroll has ended: the frame after a jump can hit-test a long text node
    // before its layout is done, and no further scroll event would mend what it placed.
    addEventListener('scrollend', () => this.schedulePieces(), { capture: true, passive: true, signal: this.scrolls.signal });
    addEventListener('resize', () => this.schedulePieces(), { passive: true, signal: this.scrolls.signal });
  }

  paint(mark: T): void {
    const anchor = anchorOf(mark);
    if (!anchor) return;
    this.anchorByMark.set(mark, anchor);
    let marks = this.marksByAnchor.get(anchor);
    if (!marks) {
      this.marksByAnchor.set(anchor, (marks = new Set()));
      this.observer.observe(anchor);
    }
    marks.add(mark);
    if (!this.nearScreen.has(anchor)) return;
    const pieces = this.piecesOf(anchor, marks);
    if (pieces) {
      // A chat or feed adds its marks one by one, mostly at the end: kept in order, not sorted again.
      if (pieces.sorted) pieces.sorted.splice(insertionIndex(pieces.sorted, mark), 0, mark);
      this.schedulePieces();
    } else {
      this.highlight.add(mark.range);
    }
  }

  unpaint(mark: T): void {
    this.highlight.delete(mark.range);
    const anchor = this.anchorByMark.get(mark);
    const marks = anchor && this.marksByAnchor.get(anchor);
    this.anchorByMark.delete(mark);
    if (!anchor || !marks) return;
    marks.delete(mark);
    const pieces = this.pieced.get(anchor);
    if (pieces) {
      pieces.painted.delete(mark);
      pieces.sorted = undefined;
    }
    if (marks.size > 0) return;
    this.marksByAnchor.delete(anchor);
    this.nearScreen.delete(anchor);
    this.pieced.delete(anchor);
    this.observer.unobserve(anchor);
  }

  clear(): void {
    this.highlight.clear();
    this.marksByAnchor.clear();
    this.anchorByMark.clear();
    this.nearScreen.clear();
    this.pieced.clear();
    this.observer.disconnect();
  }

  dispose(): void {
    this.clear();
    this.scrolls.abort();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }

  private onIntersections(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const marks = this.marksByAnchor.get(entry.target);
      if (!marks) continue;
      if (entry.isIntersecting) {
        this.nearScreen.add(entry.target);
        const pieces = this.piecesOf(entry.target, marks);
        if (pieces) this.paintPieces(pieces);
        else for (const mark of marks) this.highlight.add(mark.range);
      } else {
        this.nearScreen.delete(entry.target);
        this.pieced.delete(entry.target);
        for (const mark of marks) this.highlight.delete(mark.range);
      }
    }
  }

  /** The piece state of a near-screen block with more than PIECE_LIMIT marks, else undefined. */
  private piecesOf(anchor: Element, marks: Set<T>): { sorted: T[] | undefined; painted: Set<T> } | undefined {
    let pieces = this.pieced.get(anchor);
    if (!pieces && marks.size > PIECE_LIMIT) {
      pieces = { sorted: undefined, painted: new Set() };
      // Its marks were painted whole until now: from here on only those on screen.
      for (const mark of marks) this.highlight.delete(mark.range);
      this.pieced.set(anchor, pieces);
    }
    return pieces;
  }

  private schedulePieces(): void {
    if (this.frame !== undefined || this.pieced.size === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      for (const pieces of this.pieced.values()) this.paintPieces(pieces);
    });
  }

  /**
   * Paints the marks of one big block that lie within a screen's height of the viewport, found by
   * binary search over its marks in text order (text runs top to bottom), so a block of
   * thousands of marks costs a few dozen measurements per frame (and a long text node none, see
   * MarkPosition) instead of painting all its ranges at once.
   */
  private paintPieces(pieces: { sorted: T[] | undefined; painted: Set<T> }): void {
    const anchorMarks = pieces.sorted ?? [...this.marksOfPieces(pieces)];
    if (!pieces.sorted) pieces.sorted = anchorMarks.sort(textOrder);
    const sorted = pieces.sorted;
    const top = -innerHeight;
    const bottom = innerHeight * 2;
    const position = new MarkPosition();
    // Two binary searches (the first mark not above, the first one below): a few dozen
    // measurements per frame, not one per painted mark.
    const first = firstIndex(sorted, 0, (mark) => position.of(mark).bottom >= top);
    const end = firstIndex(sorted, first, (mark) => position.of(mark).top > bottom);
    const wanted = new Set<T>(sorted.slice(first, Math.min(end, first + PIECE_LIMIT)));
    for (const mark of pieces.painted) {
      if (!wanted.has(mark)) this.highlight.delete(mark.range);
    }
    for (const mark of wanted) {
      if (!pieces.painted.has(mark)) this.highlight.add(mark.range);
    }
    pieces.painted = wanted;
  }

  private marksOfPieces(pieces: { sorted: T[] | undefined; painted: Set<T> }): Iterable<T> {
    for (const [anchor, state] of this.pieced) if (state === pieces) return this.marksByAnchor.get(anchor) ?? [];
    return [];
  }
}

/** Above this many marks in one block, only the block's marks on screen are painted. */
const PIECE_LIMIT = 300;

/** The first index from `low` where `passes` holds, for a condition that once true stays true. */
function firstIndex<T>(sorted: readonly T[], low: number, passes: (item: T) => boolean): number {
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (passes(sorted[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Where a mark goes in marks sorted in text order; the end is tried first (marks are mostly added there). */
function insertionIndex(sorted: readonly Paintable[], mark: Paintable): number {
  const last = sorted[sorted.length - 1];
  if (!last || textOrder(last, mark) < 0) return sorted.length;
  return firstIndex(sorted, 0, (other) => textOrder(mark, other) < 0);
}

function textOrder(a: Paintable, b: Paintable): number {
  const nodeA = a.range.startContainer;
  const nodeB = b.range.startContainer;
  if (nodeA === nodeB) return a.range.startOffset - b.range.startOffset;
  return nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Text nodes longer than this are never measured: Chromium maps a range offset to its box by
 * walking the node's lines, so one measurement in a 10 MB text node takes about 150 ms
 * (docs/browser-notes.md). Which of their marks are near the screen comes from the text offsets
 * under the screen's top and bottom edges instead (a hit test costs under a millisecond).
 */
const MEASURED_NODE_LIMIT = 10_000;

const ABOVE = { top: -Infinity, bottom: -Infinity };
const NEAR = { top: 0, bottom: 0 };
const BELOW = { top: Infinity, bottom: Infinity };

/** Where marks are during one paint: measured, or for long text nodes placed by their offset. */
class MarkPosition {
  private readonly windows = new Map<Text, { from: number; to: number } | 'above' | 'below'>();

  of(mark: Paintable): { top: number; bottom: number } {
    const node = mark.range.startContainer;
    if (node.nodeType !== Node.TEXT_NODE || (node as Text).length <= MEASURED_NODE_LIMIT) return boxOf(mark);
    const text = node as Text;
    let window = this.windows.get(text);
    if (window === undefined) this.windows.set(text, (window = nearOffsets(text)));
    if (window === 'above') return ABOVE;
    if (window === 'below') return BELOW;
    const offset = mark.range.startOffset;
    return offset < window.from ? ABOVE : offset > window.to ? BELOW : NEAR;
  }
}

/**
 * The offsets of a long text node within a screen's height of the viewport: the browser's own
 * hit test at the top and bottom edges gives the offsets on screen, widened by as much again on
 * each side. Where the node is not under the edges (off screen, or covered), its box decides.
 */
function nearOffsets(text: Text): { from: number; to: number } | 'above' | 'below' {
  const parent = text.parentElement;
  if (!parent) return 'above';
  const box = parent.getBoundingClientRect();
  if (box.bottom < -innerHeight) return 'above';
  if (box.top > innerHeight * 2) return 'below';
  const x = Math.min(Math.max(box.left + 1, 0), innerWidth - 1);
  const top = offsetAt(text, x, Math.max(box.top, 0) + 1);
  const bottom = offsetAt(text, x, Math.min(box.bottom, innerHeight) - 1);
  if (top === undefined || bottom === undefined) {
    // Covered at the edges: place the screen by its share of the box (lines are about equally long).
    const share = (y: number) => Math.round(((y - box.top) / Math.max(box.height, 1)) * text.length);
    return { from: share(-innerHeight), to: share(innerHeight * 2) };
  }
  // Past about 50,000 lines Chromium stacks the rest of a text node at the end of its box, so the
  // bottom edge can report an offset far beyond the screen: no screen holds more than one
  // character per 20 square pixels.
  const most = Math.ceil((innerWidth * innerHeight) / 20);
  const screen = bottom > top ? Math.min(bottom - top, most) : most;
  return { from: top - screen, to: top + screen * 2 };
}

function offsetAt(text: Text, x: number, y: number): number | undefined {
  const caret = document.caretPositionFromPoint?.(x, y);
  return caret?.offsetNode === text ? caret.offset : undefined;
}

function boxOf(mark: Paintable): DOMRect {
  const range = document.createRange();
  try {
    range.setStart(mark.range.startContainer, mark.range.startOffset);
    range.setEnd(mark.range.endContainer, mark.range.endOffset);
    return range.getBoundingClientRect();
  } catch {
    return new DOMRect(0, -Infinity, 0, 0);
  }
}

/** The element whose box stands for the mark on screen: the block it is in. */
function anchorOf(mark: Paintable): Element | null {
  const node = mark.nodes[0];
  if (!node) return null;
  const block = blockOf(node);
  return block.nodeType === Node.ELEMENT_NODE ? (block as Element) : node.parentElement;
}
