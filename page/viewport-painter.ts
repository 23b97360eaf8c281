import { BlockSpans, firstIndex, type Span } from './block-spans';
import { blockOf } from './dom-rules';
import type { HighlightChanges } from './highlight-batch';

/** A mark as the painter sees it: a range to paint and the text node it starts in. */
export interface Paintable {
  range: StaticRange;
  nodes: Text[];
}

export interface Painter<T extends Paintable> {
  paint(mark: T): void;
  unpaint(mark: T): void;
  /** The page moved these nodes (and kept them): a painter that keeps blocks in document order files them again. */
  moved?(nodes: Iterable<Node>): void;
  clear(): void;
  dispose(): void;
}

/** Paints every mark at once: right for ordinary pages, whose few hundred marks cost nothing to draw. */
export class AllPainter<T extends Paintable> implements Painter<T> {
  constructor(private readonly highlight: HighlightChanges) {}

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

/** Where an observed span end was last seen, against the viewport widened by a screen on each side. */
type Side = 'above' | 'near' | 'below';

/**
 * Paints only the marks near the visible part of the page. Chromium redoes the markers of every
 * range in a Highlight after any change to it, so on a page with tens of thousands of marks each
 * change would cost a frame of hundreds of milliseconds (measured: 0.5 s at 47,000 ranges). Marks
 * are grouped by the block they stand in, and blocks into spans of up to SPAN_MAX neighbours in
 * document order (BlockSpans). One IntersectionObserver watches only each span's first and last
 * block: Chromium works out every target in every frame that changes the page (20,000 targets:
 * half of each second on a page with a ticking clock, docs/browser-notes.md). A span's marks are
 * in the Highlight unless both its ends lie beyond the same edge, a screen away.
 *
 * The observer reports only when an end enters or leaves that band, so a jump that carries an end
 * from below the screen to above it is not reported: after every scroll that ends, or moved more
 * than a screen, the sides of ends seen off screen are measured again.
 *
 * Spans assume the page draws blocks in document order. A block added inside a span is observed
 * once (a probe); if it is not between the span's ends on screen (a dialog fixed on screen, a
 * block placed elsewhere by CSS), it leaves the span and is watched on its own from then on.
 */
export class ViewportPainter<T extends Paintable> implements Painter<T> {
  private readonly marksByAnchor = new Map<Element, Set<T>>();
  /** Where each mark was filed: the DOM may have moved since, so it is not worked out again. */
  private readonly anchorByMark = new Map<T, Element>();
  private readonly spans: BlockSpans;
  /** Span ends, whose sides decide their span's state. */
  private readonly watched = new Set<Element>();
  private readonly sides = new Map<Element, Side>();
  /** Blocks added inside a span, observed once to see that they stand between its ends. */
  private readonly probing = new Set<Element>();
  /** Probed blocks seen before both ends of their span were (a span split by the block itself): judged when they are. */
  private readonly waiting = new Map<Element, Side>();
  /** Blocks drawn out of document order, watched on their own: whether each is near the screen. */
  private readonly loose = new Map<Element, boolean>();
  private readonly observedElements = new Set<Element>();
  private readonly observer: IntersectionObserver;
  /** Blocks of active spans with so many marks that only the marks on screen are painted (one long text). */
  private readonly pieced = new Map<Element, { sorted: T[] | undefined; painted: Set<T> }>();
  private readonly scrolls = new AbortController();
  private frame: number | undefined;
  private remeasure = false;
  private lastScrollY = scrollY;

  constructor(private readonly highlight: HighlightChanges) {
    this.observer = new IntersectionObserver((entries) => this.onIntersections(entries), { rootMargin: '100% 0px 100% 0px' });
    this.spans = new BlockSpans({
      watch: (end) => {
        this.watched.add(end);
        this.observe(end);
      },
      unwatch: (end) => {
        this.watched.delete(end);
        this.sides.delete(end);
        this.release(end);
      },
    });
    const { signal } = this.scrolls;
    addEventListener('scroll', () => this.onScroll(), { capture: true, passive: true, signal });
    // Once more when the scroll has ended: the frame after a jump can hit-test a long text node
    // before its layout is done, and no further scroll event would mend what it placed.
    addEventListener('scrollend', () => this.schedule(true), { capture: true, passive: true, signal });
    addEventListener('resize', () => this.schedule(true), { passive: true, signal });
  }

  /** How many elements the observer watches (for tests: a few per hundred marked blocks). */
  get observed(): number {
    return this.observedElements.size;
  }

  paint(mark: T): void {
    const anchor = anchorOf(mark);
    if (!anchor) return;
    this.anchorByMark.set(mark, anchor);
    let marks = this.marksByAnchor.get(anchor);
    if (!marks) {
      this.marksByAnchor.set(anchor, (marks = new Set()));
      marks.add(mark);
      this.file(anchor, marks, false);
      return;
    }
    marks.add(mark);
    if (!this.isShown(anchor)) return;
    const pieces = this.piecesOf(anchor, marks);
    if (pieces) {
      // A chat or feed adds its marks one by one, mostly at the end: kept in order, not sorted again.
      if (pieces.sorted) pieces.sorted.splice(insertionIndex(pieces.sorted, mark), 0, mark);
      this.schedule(false);
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
    this.pieced.delete(anchor);
    this.loose.delete(anchor);
    this.probing.delete(anchor);
    this.waiting.delete(anchor);
    this.spans.remove(anchor);
    this.release(anchor);
  }

  moved(nodes: Iterable<Node>): void {
    for (const node of nodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const anchor = node as Element;
      const marks = this.marksByAnchor.get(anchor);
      if (!marks) continue;
      const wasShown = this.isShown(anchor);
      this.loose.delete(anchor);
      this.waiting.delete(anchor);
      this.spans.remove(anchor);
      this.file(anchor, marks, wasShown);
    }
  }

  clear(): void {
    this.highlight.clear();
    this.marksByAnchor.clear();
    this.anchorByMark.clear();
    this.pieced.clear();
    this.spans.clear();
    this.watched.clear();
    this.sides.clear();
    this.probing.clear();
    this.waiting.clear();
    this.loose.clear();
    this.observedElements.clear();
    this.observer.disconnect();
  }

  dispose(): void {
    this.clear();
    this.scrolls.abort();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }

  /** Puts a block (not in a span) into its span and paints or unpaints it to match; probes it when it is not an end. */
  private file(anchor: Element, marks: Set<T>, wasShown: boolean): void {
    const active = this.spans.insert(anchor).active;
    if (active && !wasShown) this.paintBlock(anchor, marks);
    else if (!active && wasShown) this.unpaintBlock(anchor, marks);
    if (!this.watched.has(anchor)) {
      this.probing.add(anchor);
      this.observe(anchor);
    }
  }

  private isShown(anchor: Element): boolean {
    return this.loose.get(anchor) ?? this.spans.spanOf(anchor)?.active ?? false;
  }

  private observe(element: Element): void {
    if (this.observedElements.has(element)) return;
    this.observedElements.add(element);
    this.observer.observe(element);
  }

  /** Stops observing an element that is no end, probe or loose block any more. */
  private release(element: Element): void {
    if (this.watched.has(element) || this.probing.has(element) || this.waiting.has(element) || this.loose.has(element)) return;
    if (this.observedElements.delete(element)) this.observer.unobserve(element);
  }

  private onIntersections(entries: IntersectionObserverEntry[]): void {
    const touched = new Set<Span>();
    // An end that now reports another side (the reader scrolled, the page moved) or is first seen
    // near the screen is painted in this frame; first reports of ends far off screen, which come
    // while the page is read, go with the next batch.
    let urgent = false;
    for (const entry of entries) {
      const target = entry.target;
      const side = sideOf(entry);
      if (this.loose.has(target)) {
        if (side === 'near' && !this.loose.get(target)) urgent = true;
        this.setLoose(target, side === 'near');
        continue;
      }
      if (this.probing.delete(target) && !this.watched.has(target)) {
        this.judge(target, side);
        continue;
      }
      const span = this.spans.spanOf(target);
      if (!span || !this.watched.has(target)) continue;
      const before = this.sides.get(target);
      if (before !== side && (before !== undefined || side === 'near')) urgent = true;
      this.sides.set(target, side);
      touched.add(span);
    }
    for (const span of touched) this.update(span);
    if (this.waiting.size > 0) for (const [block, side] of [...this.waiting]) this.judge(block, side);
    if (urgent) this.highlight.urgent();
  }

  /**
   * A probed block whose side is outside its span's ends' sides is drawn out of document order:
   * it leaves the span and is watched on its own. Otherwise it is no longer observed.
   */
  private judge(block: Element, side: Side): void {
    const span = this.spans.spanOf(block);
    const first = span && this.sides.get(span.blocks[0]!);
    const last = span && this.sides.get(span.blocks[span.blocks.length - 1]!);
    const marks = this.marksByAnchor.get(block);
    if (span && marks && (first === undefined || last === undefined)) {
      this.waiting.set(block, side);
      return;
    }
    this.waiting.delete(block);
    if (!span || !marks || first === undefined || last === undefined || isBetween(side, first, last)) {
      this.release(block);
      return;
    }
    this.loosen(block, span.active);
    this.setLoose(block, side === 'near');
  }

  /** Takes a block out of its span, to be watched on its own; `shown`: whether its marks are painted now. */
  private loosen(block: Element, shown: boolean): void {
    this.loose.set(block, shown);
    this.spans.remove(block);
    this.observe(block);
  }

  private setLoose(block: Element, near: boolean): void {
    const marks = this.marksByAnchor.get(block);
    if (!marks || this.loose.get(block) === near) return;
    this.loose.set(block, near);
    if (near) this.paintBlock(block, marks);
    else this.unpaintBlock(block, marks);
  }

  /** Shows or hides a span's marks once both its ends have been seen. */
  private update(span: Span): void {
    const first = this.sides.get(span.blocks[0]!);
    const last = this.sides.get(span.blocks[span.blocks.length - 1]!);
    if (first === undefined || last === undefined) return;
    const active = first === 'near' || last === 'near' || first !== last;
    if (active === span.active) return;
    span.active = active;
    // A span going off screen may hold a block drawn elsewhere (fixed, placed by CSS): measured
    // now, in the observer's callback, whose layout is clean; such a block stays painted on its own.
    const stillNear = active ? [] : span.blocks.filter(isNearScreen);
    for (const block of span.blocks) {
      const marks = this.marksByAnchor.get(block);
      if (!marks || stillNear.includes(block)) continue;
      if (active) this.paintBlock(block, marks);
      else this.unpaintBlock(block, marks);
    }
    for (const block of stillNear) this.loosen(block, true);
  }

  private paintBlock(block: Element, marks: Set<T>): void {
    const pieces = this.piecesOf(block, marks);
    if (pieces) this.paintPieces(pieces);
    else for (const mark of marks) this.highlight.add(mark.range);
  }

  private unpaintBlock(block: Element, marks: Set<T>): void {
    this.pieced.delete(block);
    for (const mark of marks) this.highlight.delete(mark.range);
  }

  private onScroll(): void {
    // Farther than a screen since the sides were last measured: an end may have crossed the band unreported.
    if (Math.abs(scrollY - this.lastScrollY) > innerHeight) this.schedule(true);
    else this.schedule(false);
  }

  /** Repaints the long blocks' pieces in the next frame; `remeasure`: also the sides of the span ends seen off screen. */
  private schedule(remeasure: boolean): void {
    this.remeasure ||= remeasure;
    if (this.frame !== undefined || (this.pieced.size === 0 && !this.remeasure)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.lastScrollY = scrollY;
      if (this.remeasure) this.remeasureSides();
      this.remeasure = false;
      for (const pieces of this.pieced.values()) this.paintPieces(pieces);
      this.highlight.urgent();
    });
  }

  /**
   * Measures again the ends last seen above or below the band (two boxes per span at most, read
   * in a frame whose layout the page needs anyway) and flips those now on the other side. Ends
   * seen near are the observer's to report.
   */
  private remeasureSides(): void {
    for (const span of this.spans.all()) {
      let changed = false;
      for (const end of [span.blocks[0]!, span.blocks[span.blocks.length - 1]!]) {
        const side = this.sides.get(end);
        if (side !== 'above' && side !== 'below') continue;
        const measured = sideOfBox(end.getBoundingClientRect());
        const now = measured === 'near' ? side : measured;
        if (now !== side) {
          this.sides.set(end, now);
          changed = true;
        }
      }
      if (changed) this.update(span);
    }
  }

  /** The piece state of a block of an active span with more than PIECE_LIMIT marks, else undefined. */
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
    const first = firstIndex(sorted, (mark) => position.of(mark).bottom >= top);
    const end = firstIndex(sorted, (mark) => position.of(mark).top > bottom, first);
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

/** Where a mark goes in marks sorted in text order; the end is tried first (marks are mostly added there). */
function insertionIndex(sorted: readonly Paintable[], mark: Paintable): number {
  const last = sorted[sorted.length - 1];
  if (!last || textOrder(last, mark) < 0) return sorted.length;
  return firstIndex(sorted, (other) => textOrder(mark, other) < 0);
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

/** The element whose box stands for the mark on screen: the block it is in (for text right in a shadow root, its host). */
function anchorOf(mark: Paintable): Element | null {
  const node = mark.nodes[0];
  if (!node) return null;
  const block = blockOf(node);
  if (block.nodeType === Node.ELEMENT_NODE) return block as Element;
  return node.parentElement ?? (block as ShadowRoot).host ?? null;
}

/** Whether an element has a box within a screen's height of the viewport (as the observer's band). */
function isNearScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return (box.width > 0 || box.height > 0) && sideOfBox(box) === 'near';
}

/** Which side of the band from `top` to `bottom` (by default the viewport and a screen on each side) a box is on. */
function sideOfBox(box: DOMRectReadOnly, top = -innerHeight, bottom = innerHeight * 2): Side {
  if (box.bottom < top) return 'above';
  if (box.top > bottom) return 'below';
  return 'near';
}

const SIDE_ORDER: Record<Side, number> = { above: 0, near: 1, below: 2 };

/** Whether `side` lies between the sides of a span's two ends (in either order: some layouts run upwards). */
function isBetween(side: Side, first: Side, last: Side): boolean {
  const at = SIDE_ORDER[side];
  return at >= Math.min(SIDE_ORDER[first], SIDE_ORDER[last]) && at <= Math.max(SIDE_ORDER[first], SIDE_ORDER[last]);
}

/** Which side of the band (the viewport and a screen on each side) an observed end is on. */
function sideOf(entry: IntersectionObserverEntry): Side {
  if (entry.isIntersecting) return 'near';
  // No root bounds in a cross-origin frame: the frame's own viewport stands in. Beside the screen,
  // clipped by a scroller, or without a box: counted as near, painting a little too much.
  return sideOfBox(entry.boundingClientRect, entry.rootBounds?.top, entry.rootBounds?.bottom);
}
