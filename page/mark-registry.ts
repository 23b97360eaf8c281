import { HighlightBatch } from './highlight-batch';
import { adoptSheet, type PageHighlights } from './highlight-styles';
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
  /** The block (element or shadow root) whose own text holds the mark. */
  block?: Node;
  /**
   * The regions whose medical context applies to the mark, nearest first (see
   * core/finder/context-regions.ts). An unambiguous mark gives each of them a medical context;
   * an ambiguous one is shown only when one of them has it. Without regions: the whole page.
   */
  regions?: readonly Node[];
}

export interface MarkOptions {
  highlightName: string;
  firstOnly: boolean;
  /**
   * "Markeer pas als ik een woord aanwijs": the marks are kept (hit-testing, the navigator) but
   * nothing is painted, so the page sees no Highlight and no sheet of the registry at all. Off when left out.
   */
  markOnHover?: boolean;
}

const WHOLE_PAGE: readonly Node[] = [];

function regionsOf(mark: Mark): readonly Node[] {
  return mark.regions && mark.regions.length > 0 ? mark.regions : WHOLE_PAGE;
}

function documentOrder(a: Mark, b: Mark): number {
  if (a.nodes[0] === b.nodes[0]) return a.range.startOffset - b.range.startOffset;
  return a.nodes[0]!.compareDocumentPosition(b.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Whether `node` lies in `root`'s subtree, shadow trees of hosts in it included. */
function composedContains(root: Node, node: Node): boolean {
  for (let current: Node | null = node; current; ) {
    if (current === root) return true;
    current = current.parentNode ?? (current.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((current as ShadowRoot).host ?? null) : null);
  }
  return false;
}

/** The root, its elements and their open shadow roots, or undefined once there are more than `limit`. */
function nodesUnder(root: Node, limit: number): Node[] | undefined {
  const found: Node[] = [];
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    found.push(node);
    if (found.length > limit) return undefined;
    const shadow = node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) pending.push(shadow);
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.ELEMENT_NODE) pending.push(child);
    }
  }
  return found;
}

/**
 * Every mark on the page and which of them are painted. Marks are kept per text node and per
 * block, so a changed block or a removed node drops exactly its own marks, and a block read again
 * keeps the marks that are still right: the Highlight is touched only for what changed. Painting
 * goes through one Highlight object and one constructed sheet, registered and adopted only once a
 * mark is shown, and put back when the page removes them.
 */
export class MarkRegistry {
  private readonly byNode = new Map<Text, Set<Mark>>();
  private readonly byBlock = new Map<Node, Set<Mark>>();
  private readonly byId = new Map<string, Set<Mark>>();
  private readonly marks = new Set<Mark>();
  private readonly byRange = new Map<AbstractRange, Mark>();
  private readonly shown = new Set<Mark>();
  /** With firstOnly: the one painted mark of each term. */
  private readonly firstById = new Map<string, Mark>();
  /** How many unambiguous marks give each region (WHOLE_PAGE: key null) a medical context. */
  private readonly termsInRegion = new Map<Node | null, number>();
  private readonly ambiguousInRegion = new Map<Node | null, Set<Mark>>();
  private readonly highlight: Highlight;
  /** The painters' changes to `highlight`, handed over in batches (a change costs a frame's worth of work on a big page). */
  private readonly changes: HighlightBatch;
  private painter: Painter<Mark>;
  private readonly sheet: CSSStyleSheet;
  /** Documents and shadow roots with shown marks: they need the sheet. */
  private readonly paintedRoots = new Set<Document | ShadowRoot>();
  private registered = false;
  private largePage = false;

  /** `highlights`: this document's names and their sheet; `options.highlightName` is one of those names. */
  constructor(
    private options: MarkOptions,
    private readonly highlights: PageHighlights,
  ) {
    this.highlight = new Highlight();
    this.changes = new HighlightBatch(this.highlight);
    this.painter = new AllPainter(this.changes);
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(highlights.css);
  }

  /** From now on the page counts as very large: marks are drawn in the style that keeps its layouts cheap (see markCss). */
  useLargePageStyle(): void {
    if (this.largePage) return;
    const before = this.registeredName;
    this.largePage = true;
    this.moveHighlight(before);
  }

  /** The name the marks' Highlight has in CSS.highlights: the chosen style's, or its large-page stand-in. */
  private get registeredName(): string {
    const { names } = this.highlights;
    return this.largePage && this.options.highlightName === names.underline ? names.largePageUnderline : this.options.highlightName;
  }

  private moveHighlight(from: string): void {
    if (!this.registered || from === this.registeredName) return;
    CSS.highlights.delete(from);
    CSS.highlights.set(this.registeredName, this.highlight);
  }

  /** The Highlight that paints the marks; hit-testing compares against it. */
  get paint(): Highlight {
    return this.highlight;
  }

  /** Whether painted marks are waiting to reach the Highlight (they do within FLUSH_INTERVAL_MS). */
  get paintPending(): boolean {
    return this.changes.pending;
  }

  /** Calls `callback` once the Highlight shows every mark painted so far. */
  afterPaint(callback: () => void): void {
    this.changes.afterFlush(callback);
  }

  /** Whether the page has the marks' Highlight: without it, hit-testing cannot ask the browser. */
  get painting(): boolean {
    return this.registered;
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

  /** The marks of a block's own text. */
  marksInBlock(block: Node): ReadonlySet<Mark> {
    return this.byBlock.get(block) ?? new Set();
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
    for (const node of mark.nodes) addTo(this.byNode, node, mark);
    if (mark.block) addTo(this.byBlock, mark.block, mark);
    addTo(this.byId, mark.id, mark);
    if (mark.ambiguous) {
      for (const region of this.regionKeys(mark)) addTo(this.ambiguousInRegion, region, mark);
      this.updateShown(mark);
      return;
    }
    this.updateShown(mark);
    for (const region of this.regionKeys(mark)) {
      const count = (this.termsInRegion.get(region) ?? 0) + 1;
      this.termsInRegion.set(region, count);
      // The region's first term makes its everyday words count as medical.
      if (count === 1) for (const ambiguous of this.ambiguousInRegion.get(region) ?? []) this.updateShown(ambiguous);
    }
  }

  /** Drops these marks. */
  removeMarks(marks: Iterable<Mark>): void {
    for (const mark of [...marks]) this.remove(mark);
  }

  /** Drops every mark that touches one of these text nodes. */
  removeNodes(nodes: Iterable<Text>): void {
    for (const node of nodes) {
      const set = this.byNode.get(node);
      if (set) this.removeMarks(set);
    }
  }

  /** Drops the marks of every block in `root`'s subtree (shadow trees included). */
  removeWithin(root: Node): void {
    if (this.byBlock.size === 0) return;
    // A hidden menu is a few nodes on a page of thousands of marked blocks: walk the smaller side.
    const nodes = nodesUnder(root, this.byBlock.size);
    const blocks = nodes ? nodes.filter((node) => this.byBlock.has(node)) : [...this.byBlock.keys()].filter((block) => composedContains(root, block));
    for (const block of blocks) this.removeMarks(this.byBlock.get(block)!);
  }

  /**
   * Drops the marks of blocks inside these removed subtrees (those still off the page: a node
   * moved elsewhere keeps its marks, and the painter files it where it now stands). The walk
   * costs at most as much as a full sweep, which it becomes once the subtrees hold more nodes
   * than there are marked blocks.
   */
  sweepRemoved(roots: Iterable<Node>): void {
    let budget = this.byBlock.size;
    const moved: Node[] = [];
    for (const root of roots) {
      const connected = root.isConnected;
      if (connected && !this.painter.moved) continue;
      const nodes = budget > 0 ? nodesUnder(root, budget) : undefined;
      if (!nodes) {
        // A moved subtree this big keeps its old place among the painter's spans (README: painting).
        if (connected) continue;
        this.sweepDisconnected();
        break;
      }
      budget -= nodes.length;
      if (connected) {
        for (const node of nodes) moved.push(node);
        continue;
      }
      for (const node of nodes) {
        const marks = this.byBlock.get(node);
        if (marks) this.removeMarks(marks);
      }
    }
    if (moved.length > 0) this.painter.moved?.(moved);
  }

  /** Drops the marks of blocks the page has removed; returns how many blocks went. */
  sweepDisconnected(): number {
    let swept = 0;
    for (const [block, marks] of [...this.byBlock]) {
      if (block.isConnected) continue;
      this.removeMarks(marks);
      swept++;
    }
    return swept;
  }

  /** Puts the Highlight and the sheet back where the page removed them. Cheap: a few lookups. */
  repair(): boolean {
    let repaired = false;
    if (this.registered && CSS.highlights.get(this.registeredName) !== this.highlight) {
      CSS.highlights.set(this.registeredName, this.highlight);
      repaired = true;
    }
    for (const root of this.paintedRoots) {
      if (root.nodeType !== Node.DOCUMENT_NODE && !root.isConnected) this.paintedRoots.delete(root);
      else if (!root.adoptedStyleSheets.includes(this.sheet)) repaired = adoptSheet(root, this.sheet) || repaired;
    }
    return repaired;
  }

  setOptions(options: MarkOptions): void {
    const { highlightName, firstOnly, markOnHover } = this.options;
    if (options.highlightName === highlightName && options.firstOnly === firstOnly && (options.markOnHover ?? false) === (markOnHover ?? false)) return;
    if (options.markOnHover && !markOnHover) this.withdraw();
    const before = this.registeredName;
    this.options = options;
    this.moveHighlight(before);
    this.refresh();
  }

  clear(): void {
    this.byNode.clear();
    this.byBlock.clear();
    this.byId.clear();
    this.marks.clear();
    this.byRange.clear();
    this.shown.clear();
    this.firstById.clear();
    this.termsInRegion.clear();
    this.ambiguousInRegion.clear();
    this.painter.clear();
  }

  dispose(): void {
    this.clear();
    this.painter.dispose();
    this.withdraw();
    CSS.highlights.delete(this.highlights.names.active);
  }

  /** Takes the Highlight and the sheet off the page; they come back with the next painted mark. */
  private withdraw(): void {
    if (CSS.highlights.get(this.registeredName) === this.highlight) CSS.highlights.delete(this.registeredName);
    for (const root of this.paintedRoots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      } catch {
        // The page forbids changing its sheets; ours has no rules that match anything now.
      }
    }
    this.paintedRoots.clear();
    this.registered = false;
  }

  private regionKeys(mark: Mark): readonly (Node | null)[] {
    const regions = regionsOf(mark);
    return regions === WHOLE_PAGE ? [null] : regions;
  }

  private remove(mark: Mark): void {
    if (!this.marks.delete(mark)) return;
    this.byRange.delete(mark.range);
    for (const node of mark.nodes) deleteFrom(this.byNode, node, mark);
    if (mark.block) deleteFrom(this.byBlock, mark.block, mark);
    deleteFrom(this.byId, mark.id, mark);
    const wasFirst = this.firstById.get(mark.id) === mark;
    this.hide(mark);
    if (mark.ambiguous) {
      for (const region of this.regionKeys(mark)) deleteFrom(this.ambiguousInRegion, region, mark);
    } else {
      for (const region of this.regionKeys(mark)) {
        const count = (this.termsInRegion.get(region) ?? 1) - 1;
        if (count > 0) {
          this.termsInRegion.set(region, count);
          continue;
        }
        this.termsInRegion.delete(region);
        for (const ambiguous of this.ambiguousInRegion.get(region) ?? []) {
          if (this.shown.has(ambiguous) && !this.isVisible(ambiguous)) this.hideAndReplace(ambiguous);
        }
      }
    }
    if (wasFirst) this.pickFirst(mark.id);
  }

  private isVisible(mark: Mark): boolean {
    if (!mark.ambiguous) return true;
    return this.regionKeys(mark).some((region) => (this.termsInRegion.get(region) ?? 0) > 0);
  }

  private show(mark: Mark): void {
    this.shown.add(mark);
    if (this.options.firstOnly) this.firstById.set(mark.id, mark);
    if (this.options.markOnHover) return;
    this.prepareRoot(mark);
    if (this.shown.size > PAINT_ALL_LIMIT && this.painter instanceof AllPainter) {
      this.painter.dispose();
      this.painter = new ViewportPainter(this.changes);
      for (const shown of this.shown) this.painter.paint(shown);
      return;
    }
    this.painter.paint(mark);
  }

  /** The Highlight and the sheet come only with the first shown mark: a page without terms sees neither. */
  private prepareRoot(mark: Mark): void {
    if (!this.registered) {
      this.registered = true;
      CSS.highlights.set(this.registeredName, this.highlight);
    }
    const root = mark.nodes[0]?.getRootNode();
    if (!root || this.paintedRoots.has(root as Document)) return;
    if (root.nodeType !== Node.DOCUMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const paintable = root as Document | ShadowRoot;
    // A page may forbid changing its sheets; its marks are then kept but drawn without our style.
    adoptSheet(paintable, this.sheet);
    this.paintedRoots.add(paintable);
  }

  private hide(mark: Mark): boolean {
    this.painter.unpaint(mark);
    if (this.firstById.get(mark.id) === mark) this.firstById.delete(mark.id);
    return this.shown.delete(mark);
  }

  private hideAndReplace(mark: Mark): void {
    const wasFirst = this.firstById.get(mark.id) === mark;
    this.hide(mark);
    if (wasFirst) this.pickFirst(mark.id);
  }

  /** With firstOnly: shows the first visible mark of the term, after the one shown went. */
  private pickFirst(id: string): void {
    if (!this.options.firstOnly) return;
    let first: Mark | undefined;
    for (const candidate of this.byId.get(id) ?? []) {
      if (this.isVisible(candidate) && (!first || documentOrder(candidate, first) < 0)) first = candidate;
    }
    if (first) this.show(first);
  }

  private updateShown(mark: Mark): void {
    if (this.shown.has(mark) || !this.isVisible(mark)) return;
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

  /** Works out the painted set from scratch: after a settings change. */
  private refresh(): void {
    this.shown.clear();
    this.firstById.clear();
    this.painter.clear();
    for (const mark of this.marks) this.updateShown(mark);
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function deleteFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
