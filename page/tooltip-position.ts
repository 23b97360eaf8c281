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
 * the pointer makes hover flicker).
 */
export function placeTooltip(term: Box, tooltip: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const spaceBelow = viewport.height - (term.top + term.height) - GAP - MARGIN;
  const spaceAbove = term.top - GAP - MARGIN;
  const side = tooltip.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const top = side === 'below' ? term.top + term.height + GAP : term.top - GAP - tooltip.height;
  const maxLeft = Math.max(MARGIN, viewport.width - tooltip.width - MARGIN);
  const left = Math.min(Math.max(term.left, MARGIN), maxLeft);
  return { left: Math.round(left), top: Math.round(top), side };
}
