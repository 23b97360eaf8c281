import Fuse, { type IFuseOptions } from 'fuse.js';
import { editDistance, typoLimit } from './edit-distance';

/**
 * Fuse (Bitap) over folded words; a score is about the share of the word's letters that differ.
 * The words are folded by searchWords already (case, diacritics), so Fuse need not redo it:
 * ignoreDiacritics would cost a normalize() per name per search.
 */
export const FOLDED_WORD_OPTIONS: IFuseOptions<string> = {
  ignoreLocation: true,
  includeScore: true,
  isCaseSensitive: true,
  ignoreDiacritics: false,
};

/**
 * A swap of two letters costs Bitap two errors, so "tuomr" → "tumor" scores 2/5 = 0.4: this
 * threshold keeps the candidates the typo rule accepts.
 */
const TYPO_THRESHOLD = 0.4;

/**
 * For long names a lower threshold, so Bitap stops early: a word the rule accepts (two changes at
 * most, a swap costing Bitap two errors) is within four errors of the name, and at least
 * `length - 2` letters long. Only candidates the rule would refuse are lost.
 */
const thresholdFor = (length: number) => Math.min(TYPO_THRESHOLD, 4 / Math.max(1, length - 2));

/**
 * Typo-tolerant lookup in a list of names: Fuse finds and ranks the names that look like a word,
 * the typo rule (typoLimit, edit-distance.ts) decides which one may stand for it. Fuse's score
 * alone cannot decide, because Bitap scores the best match of the word anywhere inside a name:
 * binimetinib → cobimetinib (another medicine) scores 0.18, diaree → diarree (a typo) 0.17, and
 * "lumab" is 0.001 from "nivolumab". The rule compares whole words.
 */
export class TypoMatcher {
  /**
   * One Fuse per name length: the rule never accepts a name more than two letters longer or
   * shorter, and Bitap over every name would cost milliseconds for a long run of words.
   */
  private readonly byLength = new Map<number, Fuse<string>>();

  constructor(names: readonly string[]) {
    const groups = new Map<number, string[]>();
    for (const name of names) {
      let group = groups.get(name.length);
      if (!group) groups.set(name.length, (group = []));
      group.push(name);
    }
    for (const [length, group] of groups) this.byLength.set(length, new Fuse(group, { ...FOLDED_WORD_OPTIONS, threshold: thresholdFor(length) }));
  }

  /**
   * The name a mistyped word stands for ("nivolumap" → "nivolumab"): of Fuse's candidates that
   * pass the rule, the one with the fewest changed letters, Fuse's score breaking ties
   * ("imumuntherapie" → "immuuntherapie", not "immunotherapie", which Fuse scores the same).
   */
  correct(word: string): string | undefined {
    const limit = typoLimit(word);
    if (limit === 0) return undefined;
    const candidates: { item: string; score: number }[] = [];
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const { item, score } of this.byLength.get(length)?.search(word) ?? []) candidates.push({ item, score: score ?? 1 });
    }
    candidates.sort((a, b) => a.score - b.score);
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const { item } of candidates) {
      const allowed = Math.min(limit, typoLimit(item), bestDistance - 1);
      if (allowed <= 0) continue;
      const distance = editDistance(word, item, allowed);
      if (distance <= allowed) [best, bestDistance] = [item, distance];
    }
    return best;
  }
}
