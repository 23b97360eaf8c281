import { describe, expect, it } from 'vitest';
import { addCounts, sortedCounts } from '../../../utils/messages';

describe('adding up the counts of frames', () => {
  it('sums counts per term and sorts the most frequent first', () => {
    const totals = addCounts(addCounts(new Map(), [{ id: 'nivolumab', count: 2 }]), [
      { id: 'ipilimumab', count: 1 },
      { id: 'nivolumab', count: 3 },
    ]);
    expect(sortedCounts(totals)).toEqual([
      { id: 'nivolumab', count: 5 },
      { id: 'ipilimumab', count: 1 },
    ]);
  });

  it('leaves out anything malformed a frame might answer', () => {
    const totals = addCounts(new Map(), [null, { id: 3, count: 1 }, { id: 'x', count: -1 }, { id: 'y', count: 1.5 }, { id: 'ok', count: 1 }]);
    expect(addCounts(totals, 'not a list')).toEqual(new Map([['ok', 1]]));
  });
});
