import { HIGHLIGHT_NAMES } from './highlight-styles';
import { AllPainter, ViewportPainter, type Painter } from './viewport-painter';

/**
 * Above this many painted marks only those near the screen are painted (see ViewportPainter):
 * a change to a Highlight costs the browser time in proportion to all its ranges.
 */
export const PAINT_ALL_LIMIT = 1000;

/** One marked occurrence of a term on the page. */
export interface Mark {
  id: string;
  range: StaticRange;
  nodes: Text[];
  ambiguous: boolean;
}

export interface MarkOptions {
  highlightName: string;
  firstOnly: boolean;
}

function documentOrder(a: Mark, b: Mark): number {
  if (a.nodes[0] === b.nodes[0]) return a.range.startOffset - b.range.startOffset;
  return a.nodes[0]!.compareDocumentPosition(b.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Every mark on the page and which of them are painted. Marks are kept per text node, so a
 * changed or removed node drops exactly its own marks. Painting goes through one Highlight
 * object: the page's DOM is never changed.
 */
export class MarkRegistry {
  private readonly byNode = new Map<Text, Set<Mark>>();
  private readonly marks = new Set<Mark>();
  private readonly byRange = new Map<AbstractRange, Mark>();
  private readonly shown = new Set<Mark>();
  /** With firstOnly: the one painted mark of each term. */
  private readonly firstById = new Map<string, Mark>();
  private unambiguousCount = 0;
  private highlight: Highlight;
  private painter: Painter<Mark>;

  constructor(private options: MarkOptions) {
    this.highlight = new Highlight();
    this.painter = new AllPainter(this.highlight);
    CSS.highlights.set(options.highlightName, this.highlight);
  }

  /** The Highlight that paints the marks; hit-testing compares against it. */
  get paint(): Highlight {
    return this.highlight;
  }

  get size(): number {
    return this.marks.size;
  }

  markFor(range: AbstractRange): Mark | undefined {
    return this.byRange.get(range);
  }

  marksOf(node: Text): Iterable<Mark> {
    return this.byNode.get(node) ?? [];
  }

  isShown(mark: Mark): boolean {
    return this.shown.has(mark);
  }

  /** How often each term is shown, without sorting: cheap even with tens of thousands of marks. */
  shownCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mark of this.shown) counts.set(mark.id, (counts.get(mark.id) ?? 0) + 1);
    return counts;
  }

  /** The painted marks in document order. */
  shownMarks(): Mark[] {
    return [...this.shown].sort(documentOrder);
  }

  add(mark: Mark): void {
    this.marks.add(mark);
    this.byRange.set(mark.range, mark);
    for (const node of mark.nodes) {
      let set = this.byNode.get(node);
      if (!set) this.byNode.set(node, (set = new Set()));
      set.add(mark);
    }
    if (!mark.ambiguous && this.unambiguousCount++ === 0) {
      this.refresh(); // The first unambiguous term makes everyday words on this page count as medical.
    } else {
      this.updateShown(mark);
    }
  }

  /** Drops every mark that touches one of these text nodes. */
  removeNodes(nodes: Iterable<Text>): void {
    let needsRefresh = false;
    for (const node of nodes) {
      const set = this.byNode.get(node);
      if (!set) continue;
      for (const mark of set) needsRefresh = this.remove(mark) || needsRefresh;
    }
    if (needsRefresh) this.refresh();
  }

  setOptions(options: MarkOptions): void {
    if (options.highlightName !== this.options.highlightName) {
      CSS.highlights.delete(this.options.highlightName);
      CSS.highlights.set(options.highlightName, this.highlight);
    }
    this.options = options;
    this.refresh();
  }

  clear(): void {
    this.byNode.clear();
    this.marks.clear();
    this.byRange.clear();
    this.shown.clear();
    this.firstById.clear();
    this.unambiguousCount = 0;
    this.painter.clear();
  }

  dispose(): void {
    this.clear();
    this.painter.dispose();
    if (CSS.highlights.get(this.options.highlightName) === this.highlight) CSS.highlights.delete(this.options.highlightName);
    CSS.highlights.delete(HIGHLIGHT_NAMES.active);
  }

  /** Returns whether the painted set must be worked out again (a first occurrence or the context went). */
  private remove(mark: Mark): boolean {
    if (!this.marks.delete(mark)) return false;
    this.byRange.delete(mark.range);
    for (const node of mark.nodes) {
      const set = this.byNode.get(node);
      set?.delete(mark);
      if (set?.size === 0) this.byNode.delete(node);
    }
    const wasShown = this.hide(mark);
    if (!mark.ambiguous) this.unambiguousCount--;
    return (!mark.ambiguous && this.unambiguousCount === 0) || (wasShown && this.options.firstOnly);
  }

  private isVisible(mark: Mark): boolean {
    return !mark.ambiguous || this.unambiguousCount > 0;
  }

  private show(mark: Mark): void {
    this.shown.add(mark);
    if (this.options.firstOnly) this.firstById.set(mark.id, mark);
    if (this.shown.size > PAINT_ALL_LIMIT && this.painter instanceof AllPainter) {
      this.painter.dispose();
      this.painter = new ViewportPainter(this.highlight);
      for (const shown of this.shown) this.painter.paint(shown);
      return;
    }
    this.painter.paint(mark);
  }

  private hide(mark: Mark): boolean {
    this.painter.unpaint(mark);
    if (this.firstById.get(mark.id) === mark) this.firstById.delete(mark.id);
    return this.shown.delete(mark);
  }

  private updateShown(mark: Mark): void {
    if (!this.isVisible(mark)) return;
    if (!this.options.firstOnly) {
      this.show(mark);
      return;
    }
    const current = this.firstById.get(mark.id);
    if (!current) this.show(mark);
    else if (documentOrder(mark, current) < 0) {
      this.hide(current);
      this.show(mark);
    }
  }

  /** Works out the painted set from scratch: after a settings change or a change of context. */
  private refresh(): void {
    this.shown.clear();
    this.firstById.clear();
    this.painter.clear();
    for (const mark of this.marks) this.updateShown(mark);
  }
}
