export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where the tooltip goes: below the term, or above it when there is no room below; moved
 * sideways to stay in the viewport. It never covers the term (WCAG 1.4.13, and a tooltip under
 * the pointer makes hover flicker). The viewport is the part of the page the reader sees (on a
 * zoomed-in phone page the visual viewport, offset from the layout viewport).
 */
export function placeTooltip(
  term: Box,
  tooltip: { width: number; height: number },
  viewport: { left?: number; top?: number; width: number; height: number },
): Placement {
  const areaLeft = viewport.left ?? 0;
  const areaTop = viewport.top ?? 0;
  const spaceBelow = areaTop + viewport.height - (term.top + term.height) - GAP - MARGIN;
  const spaceAbove = term.top - areaTop - GAP - MARGIN;
  const side = tooltip.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const top = side === 'below' ? term.top + term.height + GAP : term.top - GAP - tooltip.height;
  const maxLeft = Math.max(areaLeft + MARGIN, areaLeft + viewport.width - tooltip.width - MARGIN);
  const left = Math.min(Math.max(term.left, areaLeft + MARGIN), maxLeft);
  return { left: Math.round(left), top: Math.round(top), side };
}
