/**
 * Character classes shared by the term finder and the search, computed per UTF-16 code unit
 * and cached in tables so the hot loop is a single array read per character.
 */

const WORD_PATTERN = /^[\p{L}\p{N}\p{M}]$/u;
const UNKNOWN = 255;

/** Code units that may stand between the parts of a term: spaces, hyphens, dashes, brackets. */
const SEPARATORS = new Set([
  0x09, 0x0a, 0x0d, 0x20, 0xa0, 0x2d, 0x28, 0x29, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0x202f, 0x2009,
]);

/** Invisible code units that can sit inside a word (soft hyphen, zero-width characters). */
const IGNORABLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

export const enum CharKind {
  Other = 0,
  Word = 1,
  Separator = 2,
  Ignorable = 3,
}

const kinds = new Uint8Array(0x10000).fill(UNKNOWN);
const folded = new Uint16Array(0x10000);
const foldKnown = new Uint8Array(0x10000);

export function charKind(code: number): CharKind {
  const cached = kinds[code]!;
  if (cached !== UNKNOWN) return cached as CharKind;
  let kind = CharKind.Other;
  if (IGNORABLE.has(code)) kind = CharKind.Ignorable;
  else if (SEPARATORS.has(code)) kind = CharKind.Separator;
  else if (code < 0xd800 || code > 0xdfff) {
    if (WORD_PATTERN.test(String.fromCharCode(code))) kind = CharKind.Word;
  }
  kinds[code] = kind;
  return kind;
}

/** Lower case without diacritics: "Ï" → "i", "é" → "e". Characters that expand stay as they are. */
export function foldChar(code: number): number {
  if (foldKnown[code] === 1) return folded[code]!;
  const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
  const result = base.length === 1 ? base.charCodeAt(0) : code;
  folded[code] = result;
  foldKnown[code] = 1;
  return result;
}

/** Folds a whole string (for search and for building keys): case, diacritics, separators to one space. */
export function foldText(text: string): string {
  let result = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const kind = charKind(code);
    if (kind === CharKind.Ignorable) continue;
    if (kind === CharKind.Separator) {
      pendingSpace = result.length > 0;
      continue;
    }
    if (pendingSpace) result += ' ';
    pendingSpace = false;
    result += String.fromCharCode(foldChar(code));
  }
  return result;
}
