import { describe, expect, it } from 'vitest';
import { editDistance, typoLimit } from '../../../core/search/edit-distance';

describe('editDistance', () => {
  it.each([
    ['nivolumap', 'nivolumab', 1],
    ['nivolumba', 'nivolumab', 1], // two letters swapped count once
    ['tecentrik', 'tecentriq', 1],
    ['diaree', 'diarree', 1],
    ['binimetinib', 'cobimetinib', 3],
    ['encorafenib', 'vemurafenib', 4],
    ['keytruda', 'keytruda', 0],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('stops at the limit: anything further is limit + 1', () => {
    expect(editDistance('encorafenib', 'vemurafenib', 2)).toBe(3);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
  });
});

describe('typoLimit', () => {
  it('allows no typo in short names, one up to 8 letters, two from 9', () => {
    expect(['alk', 'pd1', 'egfr', 'melanoon', 'nivolumap'].map(typoLimit)).toEqual([0, 0, 0, 1, 2]);
  });

  it('keeps two medicines of one family apart', () => {
    expect(editDistance('binimetinib', 'cobimetinib', typoLimit('binimetinib'))).toBeGreaterThan(typoLimit('binimetinib'));
  });
});
