import { describe, expect, it } from 'vitest';
import { OVERLAP_CHARS, resumePoint } from '../../../page/run-matches';

describe('resumePoint: where a read of a grown text may start', () => {
  it.each([
    // text, last match, expected offset (counted by hand)
    ['Ik kreeg nivolumab en daarna rust', { start: 9, end: 18 }, 19],
    ['Ik kreeg nivolumab', { start: 9, end: 18 }, 9],
    ['Ik kreeg nivolumab. ', { start: 9, end: 18 }, 20],
    // A short text without a match: from its second word (the first that follows a space).
    ['Het was niet-', undefined, 4],
    ['nivolumab.', { start: 0, end: 9 }, 0],
  ] as const)('%j with last match %j resumes at %i', (text, lastMatch, expected) => {
    expect(resumePoint(text, lastMatch)).toBe(expected);
  });

  it('never starts after a hyphen or inside a word, and stays within the overlap of the end', () => {
    const text = `${'woord '.repeat(100)}een PD-1-remmer-achtig-lang-woord`;
    const offset = resumePoint(text, undefined)!;
    expect(text.length - offset).toBeLessThanOrEqual(OVERLAP_CHARS + 'woord '.length);
    expect(text[offset - 1]).toBe(' ');
    expect(text.slice(offset)).toMatch(/^[a-zA-Z]/);
  });

  it('has no point in a text without spaces after its start', () => {
    expect(resumePoint('x'.repeat(500), undefined)).toBeUndefined();
  });
});
