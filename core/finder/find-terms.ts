import { CharKind, charKind, foldChar } from '../text/characters';
import { isWebAddress, tokenAround, type Token } from '../text/web-addresses';
import {
  followsNonMedicalWord,
  followsSenseChangingPrefix,
  isCompoundHead,
  isHyphen,
  keepsSenseAsModifier,
  MIN_COMPOUND_MODIFIER,
  precedesSenseChangingTail,
} from './sense-rules';
import { HAS_STEPPED_OVER, NON_ASCII } from './prefilter';
import { endingKey, HEAD_ENDING_LENGTH, MIN_COMPOUND_HEAD, SEPARATOR_SYMBOL, type TermIndex, type Terminal, type TrieNode } from './term-index';

export interface TermMatch {
  id: string;
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
  /** The form is also an everyday word; see resolveAmbiguous. */
  ambiguous: boolean;
}

/** Dutch endings a form may carry without being listed: plural -s/-en/-n, 's, adjective -e. */
const SUFFIXES = new Set(['s', 'en', 'n', 'e', "'s", '’s']);
const MAX_SUFFIX_LENGTH = 2;

/** Where the word that starts at `from` ends, if it is one of SUFFIXES; -1 otherwise. */
function suffixEnd(text: string, from: number): number {
  let index = from;
  let suffix = '';
  while (index < text.length && suffix.length <= MAX_SUFFIX_LENGTH) {
    const code = text.charCodeAt(index);
    const isApostrophe = code === 0x27 || code === 0x2019;
    if (!isApostrophe && charKind(code) !== CharKind.Word) break;
    if (isApostrophe && index !== from) break;
    suffix += String.fromCharCode(foldChar(code));
    index++;
  }
  if (index < text.length && charKind(text.charCodeAt(index)) === CharKind.Word) return -1;
  return SUFFIXES.has(suffix) ? index : -1;
}

/** The matched letters of the text, separators and invisible characters left out. */
function lettersBetween(text: string, start: number, end: number): string {
  let letters = '';
  for (let index = start; index < end; index++) {
    const kind = charKind(text.charCodeAt(index));
    if (kind !== CharKind.Separator && kind !== CharKind.Ignorable) letters += text.charAt(index);
  }
  return letters;
}

function acceptedTerminal(terminals: Terminal[], text: string, start: number, end: number): Terminal | undefined {
  for (const terminal of terminals) {
    if (terminal.exactLetters !== undefined && lettersBetween(text, start, end) !== terminal.exactLetters) continue;
    if (terminal.headOfOwnCompound && isCompoundHead(text, start)) continue;
    return terminal;
  }
  return undefined;
}

/** The longest form that starts at `start` (a word start) and ends at a word boundary. */
function longestMatchAt(root: TrieNode, text: string, start: number): TermMatch | undefined {
  let node: TrieNode | undefined = root;
  let index = start;
  let best: TermMatch | undefined;
  while (node && index < text.length) {
    const code = text.charCodeAt(index);
    const kind = charKind(code);
    if (kind === CharKind.Ignorable) {
      index++;
      continue;
    }
    if (kind === CharKind.Separator) {
      node = node.children.get(SEPARATOR_SYMBOL);
      while (index < text.length) {
        const next = charKind(text.charCodeAt(index));
        if (next !== CharKind.Separator && next !== CharKind.Ignorable) break;
        index++;
      }
      continue;
    }
    node = node.children.get(foldChar(code));
    index++;
    if (!node?.terminals) continue;
    const terminal = acceptedTerminal(node.terminals, text, start, index);
    if (!terminal) continue;
    let end = index;
    if (index < text.length && charKind(text.charCodeAt(index)) === CharKind.Word) {
      end = terminal.allowsSuffix ? suffixEnd(text, index) : -1;
    } else if (terminal.allowsSuffix && (text.charCodeAt(index) === 0x27 || text.charCodeAt(index) === 0x2019)) {
      end = Math.max(index, suffixEnd(text, index));
    }
    if (end >= 0) best = { id: terminal.id, start, end, text: text.slice(start, end), ambiguous: terminal.ambiguous };
  }
  return best;
}

/** Inside a word: letters, digits and the invisible characters (soft hyphen) that may split one. */
function isInWord(code: number): boolean {
  const kind = charKind(code);
  return kind === CharKind.Word || kind === CharKind.Ignorable;
}

function foldedLetters(text: string, start: number, end: number): string {
  let letters = '';
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (charKind(code) === CharKind.Word) letters += String.fromCharCode(foldChar(code));
  }
  return letters;
}

/** Whether the word's last letters, with or without an inflection (-s, -en), end a compound head. */
function mayEndInHead(endings: Set<number>, text: string, wordStart: number, wordEnd: number): boolean {
  const tail: number[] = [];
  for (let index = wordEnd - 1; index >= wordStart && tail.length < HEAD_ENDING_LENGTH + MAX_SUFFIX_LENGTH; index--) {
    const code = text.charCodeAt(index);
    if (charKind(code) === CharKind.Word) tail.unshift(foldChar(code));
  }
  for (let cut = 0; cut <= MAX_SUFFIX_LENGTH && tail.length - cut >= HEAD_ENDING_LENGTH; cut++) {
    if (endings.has(endingKey(tail.slice(tail.length - cut - HEAD_ENDING_LENGTH, tail.length - cut)))) return true;
  }
  return false;
}

/**
 * A closed compound that ends in a form ("botuitzaaiingen", "tweedelijnschemotherapie") is that
 * form's entry, the whole word marked. The head decides: "longkankerpatiënt" ends in no form and
 * stays unmarked, and the leftmost (longest) head wins. The word runs from `wordStart` to
 * `wordEnd` and has `letterCount` letters.
 */
function closedCompoundAt(index: TermIndex, text: string, wordStart: number, wordEnd: number, letterCount: number): TermMatch | undefined {
  if (letterCount < MIN_COMPOUND_MODIFIER + MIN_COMPOUND_HEAD) return undefined;
  if (!mayEndInHead(index.headEndings, text, wordStart, wordEnd)) return undefined;
  const heads = index.compoundHeads;
  let modifierLetters = 0;
  for (let position = wordStart; position < wordEnd; position++) {
    const code = text.charCodeAt(position);
    if (charKind(code) !== CharKind.Word) continue;
    if (letterCount - modifierLetters < MIN_COMPOUND_HEAD) return undefined;
    if (modifierLetters >= MIN_COMPOUND_MODIFIER && heads.children.has(foldChar(code))) {
      const head = longestMatchAt(heads, text, position);
      if (head) {
        if (!keepsSenseAsModifier(foldedLetters(text, wordStart, position))) return undefined;
        return { id: head.id, start: wordStart, end: head.end, text: text.slice(wordStart, head.end), ambiguous: head.ambiguous };
      }
    }
    modifierLetters++;
  }
  return undefined;
}

/**
 * Where a hyphenated compound that ends in the match starts ("long-uitzaaiingen",
 * "thorax-CT-scan"), so the whole compound is the mark; never before `floor` (the previous match).
 * Undefined when its first part changes the sense (boom-chirurg).
 */
function hyphenatedCompoundStart(text: string, start: number, floor: number): number | undefined {
  let compoundStart = start;
  while (compoundStart - 2 >= floor && isHyphen(text.charCodeAt(compoundStart - 1)) && charKind(text.charCodeAt(compoundStart - 2)) === CharKind.Word) {
    let partStart = compoundStart - 1;
    while (partStart > floor && isInWord(text.charCodeAt(partStart - 1))) partStart--;
    if (compoundStart === start && !keepsSenseAsModifier(foldedLetters(text, partStart, compoundStart - 1))) return undefined;
    compoundStart = partStart;
  }
  return compoundStart;
}

/**
 * Every occurrence of a glossary form in the text, in order, longest first and never overlapping.
 * Forms match only at whole words: no "ALK" in "valk", no "KIT" in "kitten"; a compound that ends
 * in a form is that form, marked whole (closedCompoundAt, hyphenatedCompoundStart). A form is left out
 * where it does not mean its entry (sense-rules.ts: niet-X, anti-X, X-remmer, "menstruele cyclus") and inside a printed
 * web or e-mail address. Ambiguous forms are included and flagged; pass the result through
 * resolveAmbiguous for what a reader should see.
 */
export function findAllForms(index: TermIndex, text: string): TermMatch[] {
  const matches: TermMatch[] = [];
  const root = index.root;
  const candidates = index.candidates;
  // With the prefilter's pattern, only the words in which it matches are walked (see TermIndex.candidates).
  const folded = candidates ? candidateText(text) : undefined;
  let candidateWord = -1;
  // The token checked last for being an address: consecutive matches in one token share the answer.
  let token: Token = { start: 0, end: 0 };
  let tokenIsAddress = false;
  let previousEnd = 0;
  let position = 0;
  while (position < text.length) {
    if (charKind(text.charCodeAt(position)) !== CharKind.Word) {
      position++;
      continue;
    }
    if (candidates && folded !== undefined && position !== candidateWord) {
      candidateWord = nextCandidateWord(candidates, folded, text, position);
      if (candidateWord < 0) break;
      if (candidateWord !== position) {
        position = candidateWord;
        continue;
      }
    }
    let match = root.children.has(foldChar(text.charCodeAt(position))) ? longestMatchAt(root, text, position) : undefined;
    if (!match) {
      let wordEnd = position;
      let letterCount = 0;
      for (; wordEnd < text.length; wordEnd++) {
        const kind = charKind(text.charCodeAt(wordEnd));
        if (kind === CharKind.Word) letterCount++;
        else if (kind !== CharKind.Ignorable) break;
      }
      match = closedCompoundAt(index, text, position, wordEnd, letterCount);
      if (!match) {
        position = wordEnd;
        continue;
      }
    }
    if (match.start >= token.end) {
      token = tokenAround(text, match.start);
      tokenIsAddress = isWebAddress(text, token);
    }
    if (tokenIsAddress) {
      position = Math.max(match.end, token.end);
      continue;
    }
    position = match.end;
    if (followsSenseChangingPrefix(text, match.start) || precedesSenseChangingTail(text, match.end)) continue;
    if (match.ambiguous && followsNonMedicalWord(text, match.start)) continue;
    if (isCompoundHead(text, match.start)) {
      const start = hyphenatedCompoundStart(text, match.start, previousEnd);
      if (start === undefined) continue;
      match.start = start;
      match.text = text.slice(start, match.end);
    }
    matches.push(match);
    previousEnd = match.end;
  }
  return matches;
}

const NON_ASCII_UNIT = /[\u0080-\uffff]/g;

/**
 * The text as the prefilter's pattern reads it, folded unit for unit so offsets stay the same;
 * undefined where that is not possible (invisible units or combining marks inside words).
 */
function candidateText(text: string): string | undefined {
  let folded = text;
  if (NON_ASCII.test(text)) {
    if (HAS_STEPPED_OVER.test(text)) return undefined;
    folded = text.replace(NON_ASCII_UNIT, (unit) => String.fromCharCode(foldChar(unit.charCodeAt(0))));
  }
  folded = folded.toLowerCase();
  return folded.length === text.length ? folded : undefined;
}

/** The start of the first word at or after `from` in which the prefilter's pattern matches; -1 if none. */
function nextCandidateWord(pattern: RegExp, folded: string, text: string, from: number): number {
  pattern.lastIndex = from;
  const found = pattern.exec(folded);
  if (!found) return -1;
  let start = found.index;
  while (start > from && charKind(text.charCodeAt(start - 1)) === CharKind.Word) start--;
  return start;
}

/**
 * Everyday words (mutatie, kuur, stadium) count as medical only next to unambiguous medical terms,
 * so a bank statement or a spa page stays unmarked. The whole list is one region; for a page with
 * several (an article and its sidebar), use resolveAmbiguousByRegion.
 */
export function resolveAmbiguous(matches: readonly TermMatch[]): TermMatch[] {
  const hasMedicalContext = matches.some((match) => !match.ambiguous);
  return hasMedicalContext ? [...matches] : matches.filter((match) => !match.ambiguous);
}

/**
 * resolveAmbiguous with local contexts: `regionsOf` gives the regions a match belongs to, nearest
 * first (for HTML, contextChain in context-regions.ts; for plain text, its paragraph). An
 * unambiguous match makes each of its regions medical; an ambiguous one is kept when any of its
 * regions is medical. A region is anything comparable with ===.
 */
export function resolveAmbiguousByRegion<R>(matches: readonly TermMatch[], regionsOf: (match: TermMatch, index: number) => readonly R[]): TermMatch[] {
  const regions = matches.map(regionsOf);
  const medical = new Set<R>();
  matches.forEach((match, index) => {
    if (!match.ambiguous) for (const region of regions[index]!) medical.add(region);
  });
  return matches.filter((match, index) => !match.ambiguous || regions[index]!.some((region) => medical.has(region)));
}

/** The terms a reader of this text should see explained, the text taken as one region. */
export function findTerms(index: TermIndex, text: string): TermMatch[] {
  return resolveAmbiguous(findAllForms(index, text));
}
