import type { Mark, MarkRegistry } from './mark-registry';

interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}

type HighlightsFromPoint = (x: number, y: number) => HighlightHit[];

/** A live Range over the same text as a StaticRange, for its position on screen. */
export function liveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/** The box of the mark's text that contains the point, if the point is on the text at all. */
export function rectAt(mark: Mark, x: number, y: number): DOMRect | undefined {
  try {
    for (const rect of liveRange(mark.range).getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
    }
  } catch {
    // The text changed under the mark; the scanner will replace it.
  }
  return undefined;
}

/**
 * The open shadow roots under the point, outermost first. A caret lookup stops at a shadow host
 * unless it is given the roots to enter (the marks of a shadow tree would never be found).
 */
function shadowRootsAt(x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot && !roots.includes(element.shadowRoot)) {
    roots.push(element.shadowRoot);
    element = element.shadowRoot.elementFromPoint(x, y);
  }
  return roots;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y, { shadowRoots: shadowRootsAt(x, y) });
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/**
 * The painted mark under the point. Uses CSS.highlights.highlightsFromPoint where the browser
 * has it (Chrome 140+, Firefox 150+); elsewhere the caret position under the point, checked
 * against the mark's boxes because the caret snaps to the nearest text. Without `highlight` (the
 * marks are not on the page: "mark on hover") the browser cannot be asked, so the caret decides.
 */
export function markAtPoint(registry: MarkRegistry, highlight: Highlight | undefined, x: number, y: number): Mark | undefined {
  const fromPoint = (CSS.highlights as unknown as { highlightsFromPoint?: HighlightsFromPoint }).highlightsFromPoint;
  if (highlight && typeof fromPoint === 'function') {
    for (const hit of fromPoint.call(CSS.highlights, x, y)) {
      if (hit.highlight !== highlight) continue;
      for (const range of hit.ranges) {
        const mark = registry.markFor(range);
        if (mark && registry.isShown(mark)) return mark;
      }
    }
    return undefined;
  }
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  for (const mark of registry.marksOf(caret.node as Text)) {
    if (registry.isShown(mark) && rectAt(mark, x, y)) return mark;
  }
  return undefined;
}
