import { STOP_WORDS } from '../../core/search/search-config';
import { foldText } from '../../core/text/characters';

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits a title into parts, marking the words that start with a word of the query
 * ("keytr" emphasises "Keytruda"), compared without case and diacritics.
 */
export function emphasise(title: string, query: string): TextPart[] {
  const allWords = foldText(query).split(' ').filter((word) => word.length >= 2);
  // "mag ik autorijden" marks "autorijden", not every "ik" in the title.
  const meaningful = allWords.filter((word) => !STOP_WORDS.has(word));
  const queryWords = meaningful.length > 0 ? meaningful : allWords;
  if (queryWords.length === 0) return [{ text: title, match: false }];
  const parts: TextPart[] = [];
  const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
  let last = 0;
  for (const found of title.matchAll(wordPattern)) {
    const word = found[0];
    const start = found.index;
    const folded = foldText(word).replaceAll(' ', '');
    const hit = queryWords.find((queryWord) => folded.startsWith(queryWord.replaceAll(' ', '')));
    if (!hit) continue;
    const length = Math.min(word.length, hit.length);
    if (start > last) parts.push({ text: title.slice(last, start), match: false });
    parts.push({ text: title.slice(start, start + length), match: true });
    last = start + length;
  }
  if (last < title.length) parts.push({ text: title.slice(last), match: false });
  return parts;
}
