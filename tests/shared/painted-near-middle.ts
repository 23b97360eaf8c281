/** What `paintedNearMiddle` answers when a mark is painted where the reader is. */
export const PAINTED_NEAR_MIDDLE = 'painted near the middle';

/**
 * Runs in the page: whether a mark of the big text node in `#tekst` (tests/e2e/pages/big-text.html)
 * is painted within 6,000 characters of the text under the middle of the screen. Where the reader
 * is comes from the browser's own hit test; the fixture has a term every 50 sentences, so one lies
 * that close to any point. Answers PAINTED_NEAR_MIDDLE, or what is wrong instead. Shared by the
 * Chromium e2e tests and the Firefox tests; uses nothing outside its body.
 */
export function paintedNearMiddle(): string {
  const caret = document.caretPositionFromPoint(innerWidth / 2, innerHeight / 2);
  const text = document.getElementById('tekst')!.firstChild;
  if (!caret || caret.offsetNode !== text) return 'no text under the middle of the screen';
  const marks = [...CSS.highlights.values()].find((highlight) => highlight.priority === 0);
  const ranges = [...(marks ?? [])] as AbstractRange[];
  if (ranges.length > 2_000) return `${ranges.length} ranges painted`;
  const near = ranges.some((range) => range.startContainer === text && Math.abs(range.startOffset - caret.offset) < 6_000);
  return near ? 'painted near the middle' : `nothing painted near offset ${caret.offset}`;
}
