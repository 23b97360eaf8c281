/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), or `limit + 1` as
 * soon as the distance must exceed `limit`: "nivolumap" → "nivolumab" is 1, "nivolumba" is 1 too.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (rows[0]!.length < width) rows = [0, 1, 2].map(() => new Int32Array(width * 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** Three rows reused across calls: the search compares a word with hundreds of names per query. */
let rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * How many letters a typo may change and still mean the same word: none in short words (ALK,
 * PD-1), one up to 8 letters, two from 9. Two medicines of one family share their ending and
 * differ in three or more letters of the stem (binimetinib/cobimetinib, encorafenib/vemurafenib),
 * so they stay apart.
 */
export function typoLimit(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 9 ? 1 : 2;
}
