import { describe, expect, it } from 'vitest';
import { placeTooltip } from '../../../page/tooltip-position';

const viewport = { width: 1000, height: 800 };
const tooltip = { width: 300, height: 200 };

function overlaps(a: { left: number; top: number; width: number; height: number }, b: { left: number; top: number; width: number; height: number }) {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('placeTooltip', () => {
  it.each([
    ['in the middle', { left: 400, top: 300, width: 80, height: 20 }, 'below'],
    ['near the bottom', { left: 400, top: 700, width: 80, height: 20 }, 'above'],
    ['at the right edge', { left: 950, top: 100, width: 40, height: 20 }, 'below'],
    ['at the left edge', { left: 0, top: 100, width: 40, height: 20 }, 'below'],
  ])('never covers a term %s', (_where, term, side) => {
    const placement = placeTooltip(term, tooltip, viewport);
    expect(placement.side).toBe(side);
    expect(overlaps({ ...placement, ...tooltip }, term)).toBe(false);
    expect(placement.left).toBeGreaterThanOrEqual(8);
    expect(placement.left + tooltip.width).toBeLessThanOrEqual(viewport.width - 8);
  });
});
