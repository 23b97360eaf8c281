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

  constructor(private readonly highlight: Highlight) {
    this.observer = new IntersectionObserver((entries) => this.onIntersections(entries), { rootMargin: '100% 0px 100% 0px' });
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
    if (this.nearScreen.has(anchor)) this.highlight.add(mark.range);
  }

  unpaint(mark: T): void {
    this.highlight.delete(mark.range);
    const anchor = this.anchorByMark.get(mark);
    const marks = anchor && this.marksByAnchor.get(anchor);
    this.anchorByMark.delete(mark);
    if (!anchor || !marks) return;
    marks.delete(mark);
    if (marks.size > 0) return;
    this.marksByAnchor.delete(anchor);
    this.nearScreen.delete(anchor);
    this.observer.unobserve(anchor);
  }

  clear(): void {
    this.highlight.clear();
    this.marksByAnchor.clear();
    this.anchorByMark.clear();
    this.nearScreen.clear();
    this.observer.disconnect();
  }

  dispose(): void {
    this.clear();
  }

  private onIntersections(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const marks = this.marksByAnchor.get(entry.target);
      if (!marks) continue;
      if (entry.isIntersecting) {
        this.nearScreen.add(entry.target);
        for (const mark of marks) this.highlight.add(mark.range);
      } else {
        this.nearScreen.delete(entry.target);
        for (const mark of marks) this.highlight.delete(mark.range);
      }
    }
  }
}

/** The element whose box stands for the mark on screen: the block it is in. */
function anchorOf(mark: Paintable): Element | null {
  const node = mark.nodes[0];
  if (!node) return null;
  const block = blockOf(node);
  return block.nodeType === Node.ELEMENT_NODE ? (block as Element) : node.parentElement;
}
