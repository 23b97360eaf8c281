import { editDistance } from './edit-distance';
import { MEDICINE_ENDINGS } from './search-config';

/** "encorafenib", "osimertinib": a word with the ending of a medicine name (INN stem). */
export function looksLikeMedicineName(word: string): boolean {
  return word.length >= 6 && /^[a-z]+$/.test(word) && MEDICINE_ENDINGS.some((ending) => word.endsWith(ending));
}

/** Share of a name's letters that may differ for it to be offered as "Bedoel je …?". */
const SUGGESTION_SHARE = 0.4;
const MAX_SUGGESTIONS = 2;

/** Glossary medicines whose name looks like `word`, closest first: suggestions, never answers. */
export function medicineSuggestions(word: string, medicines: readonly { word: string; doc: number }[]): number[] {
  const limit = Math.ceil(word.length * SUGGESTION_SHARE);
  const byDoc = new Map<number, number>();
  for (const medicine of medicines) {
    const distance = editDistance(word, medicine.word, limit);
    if (distance <= limit && distance < (byDoc.get(medicine.doc) ?? Infinity)) byDoc.set(medicine.doc, distance);
  }
  return [...byDoc]
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_SUGGESTIONS)
    .map(([doc]) => doc);
}
