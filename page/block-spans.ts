/**
 * Marked blocks grouped into spans of neighbours in document order (shadow trees in place), so
 * the painter can watch the two ends of a span instead of every block: with the blocks in order,
 * a span lies on screen whenever its ends are not both on the same side of it.
 */

/** Most blocks in one span: about three screens of paragraphs, so a span near the screen paints little. */
export const SPAN_MAX = 32;

export interface Span {
  readonly blocks: Element[];
  /** Whether the painter shows the marks of its blocks. */
  active: boolean;
}

/** Who needs to know which elements are a span's first or last block (the painter observes them). */
export interface EndWatcher {
  watch(end: Element): void;
  unwatch(end: Element): void;
}

export class BlockSpans {
  private readonly spans: Span[] = [];
  private readonly spanByBlock = new Map<Element, Span>();

  constructor(private readonly ends: EndWatcher) {}

  get size(): number {
    return this.spans.length;
  }

  all(): readonly Span[] {
    return this.spans;
  }

  spanOf(block: Element): Span | undefined {
    return this.spanByBlock.get(block);
  }

  /** Files a new block beside its neighbours in document order; a new span starts inactive. */
  insert(block: Element): Span {
    const at = this.spanIndexFor(block);
    let span = this.spans[at];
    if (!span) {
      span = { blocks: [block], active: false };
      this.spans.push(span);
      this.spanByBlock.set(block, span);
      this.ends.watch(block);
      return span;
    }
    const before = endsOf(span);
    // Blocks arrive mostly at the end (a scan goes top to bottom, feeds and chats append).
    const last = span.blocks[span.blocks.length - 1]!;
    if (composedOrder(last, block) < 0) {
      if (span.blocks.length >= SPAN_MAX && at === this.spans.length - 1) {
        const next: Span = { blocks: [block], active: false };
        this.spans.push(next);
        this.spanByBlock.set(block, next);
        this.ends.watch(block);
        return next;
      }
      span.blocks.push(block);
    } else {
      span.blocks.splice(firstIndex(span.blocks, (other) => composedOrder(block, other) < 0), 0, block);
    }
    this.spanByBlock.set(block, span);
    const touched = [span];
    if (span.blocks.length > SPAN_MAX) touched.push(this.split(span, at));
    this.reconcile(before, touched);
    return this.spanByBlock.get(block)!;
  }

  /** Takes a block out (its marks are gone); returns the span it was in. */
  remove(block: Element): Span | undefined {
    const span = this.spanByBlock.get(block);
    if (!span) return undefined;
    this.spanByBlock.delete(block);
    const before = endsOf(span);
    span.blocks.splice(span.blocks.indexOf(block), 1);
    const at = this.spans.indexOf(span);
    if (span.blocks.length === 0) {
      this.spans.splice(at, 1);
      this.reconcile(before, []);
      return span;
    }
    const next = this.spans[at + 1];
    // Spans thinned out by removals (a feed dropping old posts) join their neighbour again.
    if (next && next.active === span.active && span.blocks.length + next.blocks.length <= SPAN_MAX / 2) {
      for (const end of endsOf(next)) before.add(end);
      for (const moved of next.blocks) this.spanByBlock.set(moved, span);
      span.blocks.push(...next.blocks);
      this.spans.splice(at + 1, 1);
    }
    this.reconcile(before, [span]);
    return span;
  }

  clear(): void {
    for (const span of this.spans) for (const end of endsOf(span)) this.ends.unwatch(end);
    this.spans.length = 0;
    this.spanByBlock.clear();
  }

  /** The span a new block belongs in: the last whose first block comes before it (or the first span). */
  private spanIndexFor(block: Element): number {
    const count = this.spans.length;
    if (count === 0) return 0;
    const last = this.spans[count - 1]!;
    if (composedOrder(last.blocks[0]!, block) < 0) return count - 1;
    const after = firstIndex(this.spans, (span) => composedOrder(block, span.blocks[0]!) < 0);
    return Math.max(after - 1, 0);
  }

  /** Moves the second half of an overfull span into a new span right after it, in the same state. */
  private split(span: Span, at: number): Span {
    const half: Span = { blocks: span.blocks.splice(span.blocks.length >> 1), active: span.active };
    for (const block of half.blocks) this.spanByBlock.set(block, half);
    this.spans.splice(at + 1, 0, half);
    return half;
  }

  /** Watches the new ends of these spans and lets go of the old ones that are ends no more. */
  private reconcile(before: Set<Element>, spans: readonly Span[]): void {
    const after = new Set<Element>();
    for (const span of spans) for (const end of endsOf(span)) after.add(end);
    for (const end of before) if (!after.has(end)) this.ends.unwatch(end);
    for (const end of after) if (!before.has(end)) this.ends.watch(end);
  }
}

function endsOf(span: Span): Set<Element> {
  const ends = new Set<Element>();
  const { blocks } = span;
  if (blocks.length > 0) ends.add(blocks[0]!).add(blocks[blocks.length - 1]!);
  return ends;
}

/** The first index where `passes` holds, for a condition that once true stays true. */
export function firstIndex<T>(sorted: readonly T[], passes: (item: T) => boolean, low = 0): number {
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (passes(sorted[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Document order across shadow trees: a node in a shadow tree comes right after its host, as it is
 * drawn. compareDocumentPosition alone calls nodes of different trees disconnected. Negative when
 * `a` comes first; nodes of different documents (or detached ones) sort last.
 */
export function composedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  const pathA = hostPath(a);
  const pathB = hostPath(b);
  for (let i = 0; i < pathA.length; i++) {
    const x = pathA[i]!;
    const root = x.getRootNode();
    for (let j = 0; j < pathB.length; j++) {
      const y = pathB[j]!;
      if (y.getRootNode() !== root) continue;
      // One is the host of the other's tree: the host comes first.
      if (x === y) return i < j ? -1 : 1;
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
  }
  return 1;
}

/** The node, then the host of each shadow tree it is in, innermost first. */
function hostPath(node: Node): Node[] {
  const path = [node];
  for (let root = node.getRootNode(); root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host; ) {
    const host = (root as ShadowRoot).host;
    path.push(host);
    root = host.getRootNode();
  }
  return path;
}
