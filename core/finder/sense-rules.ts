import { CharKind, charKind, foldChar, foldText } from '../text/characters';

/**
 * Where a form found in the text does not mean what its entry explains. The glossary's own
 * compounds win before these rules are asked (the longest form at a word start is taken first), so
 * "niet-kleincellige longkanker" or "anti-PD1" stay their own entries; what is left is a bare term
 * inside a compound that changes its sense, and that is better unmarked than explained wrongly.
 */

/**
 * First parts that turn a hyphenated compound into the opposite or into something else:
 * niet-plaveiselcel is not plaveiselcel, anti-CTLA4 is a medicine and not the protein, ex-roker,
 * pseudo-progressie, neo-adjuvant (before an operation, where adjuvant is after it).
 */
const SENSE_CHANGING_PREFIXES = new Set(['niet', 'non', 'on', 'anti', 'contra', 'pseudo', 'quasi', 'ex', 'neo']);

/** A protein followed by one of these is the medicine that acts on it: CTLA-4-remmer, PD-L1 antistof. */
const SENSE_CHANGING_NOUNS = new Set(['remmer', 'remmers', 'blokker', 'blokkers', 'antistof', 'antistoffen', 'antilichaam', 'antilichamen']);
/** Only hyphenated (CTLA-4-remmende): "de afweer remmende werking" is still about the afweer. */
const SENSE_CHANGING_ADJECTIVES = new Set(['remmend', 'remmende', 'blokkerend', 'blokkerende']);

/**
 * First parts of a closed compound that make it something else than its last part: a boomchirurg
 * treats trees, luchtafweer and a raketafweersysteem shoot at planes, a menstruatiecyclus,
 * celcyclus, levenscyclus or slaapcyclus is no round of a treatment (the `cyclus` entry), and a
 * spreekuur, werkuren and piekuren are hours, not a kuur. Closed forms of the sense-changing
 * prefixes count too: neoadjuvant is not adjuvant, pseudoprogressie not progressie. Written apart
 * before a form that is also an everyday word, they count as well (followsNonMedicalWord).
 */
const NON_MEDICAL_MODIFIERS = new Set([
  'boom', 'lucht', 'raket', 'vlieg', 'dieren', 'menstruatie', 'cel', 'levens', 'slaap', 'maan',
  // Words on "uur" read as first part plus "kuur": spreek|uur, werk|uren and piek|uren are hours.
  'spree', 'wer', 'pie',
]);

/**
 * Adjectives that put a form in the everyday sense it also has: "de menstruele cyclus" is the
 * body's monthly cycle, never a round of a treatment. (Not "maandelijkse": a chemotherapy cycle
 * can be monthly too.)
 */
const NON_MEDICAL_ADJECTIVES = new Set(['menstruele', 'menstrueel']);

/** The longest word before a form that followsNonMedicalWord reads ("menstruatie", 11 letters). */
const LONGEST_WORD_BEFORE = 11;

/** Letters a closed compound needs before its last part: "botuitzaaiing" (bot) is the shortest. */
export const MIN_COMPOUND_MODIFIER = 3;

/** Whether the first part, folded, keeps the sense of the term it is put before ("bot", "long"). */
export function keepsSenseAsModifier(foldedModifier: string): boolean {
  return !SENSE_CHANGING_PREFIXES.has(foldedModifier) && !NON_MEDICAL_MODIFIERS.has(foldedModifier);
}

const LONGEST_PREFIX = 6;
const LONGEST_TAIL = 11;

/** Hyphens that join the parts of a compound (not spaces, not brackets). */
export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013;
}

/** The folded word that ends just before `end`, or '' when it is longer than `limit`. */
function foldedWordBefore(text: string, end: number, limit: number): string {
  let start = end;
  while (start > 0 && charKind(text.charCodeAt(start - 1)) === CharKind.Word) {
    start--;
    if (end - start > limit) return '';
  }
  let word = '';
  for (let index = start; index < end; index++) word += String.fromCharCode(foldChar(text.charCodeAt(index)));
  return word;
}

/** Whether the match at `start` is the second part of a compound like niet-X, anti-X, non-X. */
export function followsSenseChangingPrefix(text: string, start: number): boolean {
  if (start < 2 || !isHyphen(text.charCodeAt(start - 1))) return false;
  return SENSE_CHANGING_PREFIXES.has(foldedWordBefore(text, start - 1, LONGEST_PREFIX));
}

/**
 * Whether the match at `start` comes after a word, written apart with white space only, that puts
 * it in an everyday sense: a non-medical first part of a closed compound written as a separate
 * word ("menstruatie cyclus", "slaap cyclus", "lucht afweer") or an adjective such as "menstruele"
 * ("de menstruele cyclus"). The finder asks this only for ambiguous forms, the ones that are also
 * everyday words: "kleine cel carcinoom" keeps its carcinoom.
 */
export function followsNonMedicalWord(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === start || end === 0) return false;
  const word = foldedWordBefore(text, end, LONGEST_WORD_BEFORE);
  return NON_MEDICAL_ADJECTIVES.has(word) || NON_MEDICAL_MODIFIERS.has(word);
}

/** Spaces, no-break spaces, tabs and line breaks: what stands between two words of a phrase. */
function isWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x202f;
}

/** Whether the match at `start` is the last part of a hyphenated compound: "-oncoloog" in "longarts-oncoloog". */
export function isCompoundHead(text: string, start: number): boolean {
  return start >= 2 && isHyphen(text.charCodeAt(start - 1)) && charKind(text.charCodeAt(start - 2)) === CharKind.Word;
}

/** Whether the match ending at `end` is followed, after one hyphen or space, by "remmer" and the like. */
export function precedesSenseChangingTail(text: string, end: number): boolean {
  const separator = text.charCodeAt(end);
  if (!(isHyphen(separator) || separator === 0x20 || separator === 0xa0)) return false;
  let word = '';
  for (let index = end + 1; index < text.length && charKind(text.charCodeAt(index)) === CharKind.Word; index++) {
    if (word.length >= LONGEST_TAIL) return false;
    word += String.fromCharCode(foldChar(text.charCodeAt(index)));
  }
  return SENSE_CHANGING_NOUNS.has(word) || (isHyphen(separator) && SENSE_CHANGING_ADJECTIVES.has(word));
}

const squash = (folded: string) => folded.replaceAll(' ', '');

/**
 * Forms that say something else than their own entry, so the index leaves them out and the finder
 * stays right whatever the data says (the data should drop or move them):
 * - a sense-changing prefix plus another form of the entry or its first words: "niet-geregistreerd"
 *   on the entry for a registered medicine, "anti-CTLA4" (a medicine) on the protein CTLA-4; not
 *   when that other form is itself the thing acting on it ("anti-PD1" next to "PD1-remmer");
 * - the target of an entry that is a remmer: "MEK" and "MEK-eiwit" next to "MEK-remmer".
 */
export function selfContradictingForms(forms: readonly string[]): Set<string> {
  const folded = forms.map((form) => foldText(form).split(' '));
  const targets = new Set<string>();
  for (const words of folded) {
    if (words.length > 1 && SENSE_CHANGING_NOUNS.has(words[words.length - 1]!)) targets.add(squash(words.slice(0, -1).join(' ')));
  }
  /** Whether the form's first words are `wanted`, not followed by a remmer-like noun. */
  const startsAs = (words: readonly string[], wanted: (squashed: string) => boolean) => {
    for (let count = 1; count <= words.length; count++) {
      if (!wanted(squash(words.slice(0, count).join(' ')))) continue;
      const next = words[count];
      return next === undefined || !SENSE_CHANGING_NOUNS.has(next);
    }
    return false;
  };
  const contradicting = new Set<string>();
  forms.forEach((form, formIndex) => {
    if (startsAs(folded[formIndex]!, (squashed) => targets.has(squashed))) contradicting.add(form);
    const parts = /^(\p{L}+)[-‐‑–](.+)$/u.exec(form);
    if (!parts || !SENSE_CHANGING_PREFIXES.has(foldText(parts[1]!))) return;
    const rest = squash(foldText(parts[2]!));
    if (folded.some((words, otherIndex) => otherIndex !== formIndex && startsAs(words, (squashed) => squashed === rest))) contradicting.add(form);
  });
  return contradicting;
}
