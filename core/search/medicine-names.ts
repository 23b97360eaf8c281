import Fuse from 'fuse.js';
import { MEDICINE_ENDINGS } from './search-config';
import { FOLDED_WORD_OPTIONS } from './typo-matcher';

/** "encorafenib", "osimertinib": a word with the ending of a medicine name (INN stem). */
export function looksLikeMedicineName(word: string): boolean {
  return word.length >= 6 && /^[a-z]+$/.test(word) && MEDICINE_ENDINGS.some((ending) => word.endsWith(ending));
}

/**
 * Fuse score up to which another medicine looks like the typed one: 4 of 11 letters differing
 * (encorafenib → dabrafenib, 0.36) still does, lorlatinib → carboplatin (0.40) does not.
 */
const SUGGESTION_THRESHOLD = 0.37;
const MAX_SUGGESTIONS = 2;

/**
 * Glossary medicines whose name looks like a medicine the glossary lacks: suggestions, never
 * answers, so Fuse's score alone decides, the looser look-alike (encorafenib → vemurafenib)
 * being what is wanted here.
 */
export class MedicineLookAlikes {
  private readonly fuse: Fuse<string>;

  /** `docByName`: each one-word medicine name (term or alias) and its document. */
  constructor(private readonly docByName: ReadonlyMap<string, number>) {
    this.fuse = new Fuse([...docByName.keys()], { ...FOLDED_WORD_OPTIONS, threshold: SUGGESTION_THRESHOLD });
  }

  /** Documents of the medicines that look like `word`, best first. */
  suggest(word: string): number[] {
    const docs: number[] = [];
    for (const { item } of this.fuse.search(word)) {
      const doc = this.docByName.get(item)!;
      if (!docs.includes(doc)) docs.push(doc);
      if (docs.length === MAX_SUGGESTIONS) break;
    }
    return docs;
  }
}
