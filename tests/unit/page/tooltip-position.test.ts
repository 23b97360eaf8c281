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

describe('placeTooltip in a visual viewport that is offset (zoomed in)', () => {
  // The reader sees x 500–800, y 1000–1400 of the layout viewport.
  const area = { left: 500, top: 1000, width: 300, height: 400 };

  it('keeps the tooltip inside the visible part, not the layout viewport', () => {
    const placement = placeTooltip({ left: 760, top: 1100, width: 30, height: 20 }, { width: 250, height: 150 }, area);
    expect(placement.left).toBeGreaterThanOrEqual(area.left);
    expect(placement.left + 250).toBeLessThanOrEqual(area.left + area.width);
    expect(placement.side).toBe('below');
  });

  it('goes above a term near the bottom of the visible part', () => {
    const placement = placeTooltip({ left: 520, top: 1350, width: 30, height: 20 }, { width: 250, height: 150 }, area);
    expect(placement.side).toBe('above');
    expect(placement.top).toBeGreaterThanOrEqual(area.top);
  });
});
