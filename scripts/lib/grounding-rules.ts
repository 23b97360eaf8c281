/**
 * The checkable part of "every fact as strong as its source" (docs/content-guide.md): the
 * numbers, stages, intervals and counts of a text, and its strength words.
 */
import { foldText } from './seed-text';

const NUMBER_WORDS: Record<string, string> = {
  twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', negen: '9', tien: '10',
  elf: '11', twaalf: '12', dertien: '13', veertien: '14', vijftien: '15', twintig: '20', dertig: '30',
  veertig: '40', vijftig: '50', zestig: '60', honderd: '100', half: 'half', helft: 'helft',
};

/**
 * Numbers ("3", "50%", "0-1" and its parts, "088-0029747"), stages ("3a", "IIIC", "IV") and counting words
 * ("veertien", "helft"), lower-case, number words as digits. Digits inside a name (PD-1, CTLA-4,
 * GNA11, V600) are part of the name, not a number.
 */
export function numbersIn(text: string): string[] {
  const folded = foldText(text);
  const found: string[] = [];
  for (const [token] of folded.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu)) {
    const lower = token.toLowerCase();
    if (/^\d+[abc]?$/.test(lower)) found.push(lower);
    else if (/^\d+(?:-\d+)+$/.test(lower)) found.push(lower, ...lower.split('-'));
    else if (/^(?:I{1,3}|IV|V)[A-C]?$/.test(token)) found.push(lower);
    else if (lower in NUMBER_WORDS) found.push(NUMBER_WORDS[lower]!);
    else if (/^\d+-[\p{L}]/u.test(lower)) found.push(lower.match(/^\d+/)![0]);
  }
  return found;
}

/**
 * Strength words by strength; a phrase of a longer group is matched first ("bijna nooit" is not
 * "nooit"). "kan" is left out: it is in nearly every sentence, so the guide asks for care instead.
 */
const STRENGTH_GROUPS: [string, RegExp][] = [
  ['niet altijd', /\bniet altijd\b/g],
  ['bijna nooit', /\b(?:bijna nooit|zelden)\b/g],
  ['sterk afraden', /\bsterk af(?:raden|geraden)?\b/g],
  ['altijd', /\baltijd\b/g],
  ['nooit', /\bnooit\b/g],
  ['meestal', /\b(?:meestal|doorgaans)\b/g],
  ['vaak', /\b(?:vaak|dikwijls|meest voorkomende)\b/g],
  ['soms', /\b(?:soms|af en toe|in sommige gevallen)\b/g],
  ['waarschijnlijk', /\bwaarschijnlijk\b/g],
  ['onwaarschijnlijk', /\bonwaarschijnlijk\b/g],
  ['zeker', /\bzeker\b/g],
];

/** The strength groups a text uses. */
export function strengthsIn(text: string): string[] {
  let rest = ` ${foldText(text).toLowerCase()} `;
  const found: string[] = [];
  for (const [group, pattern] of STRENGTH_GROUPS) {
    if (pattern.test(rest)) found.push(group);
    pattern.lastIndex = 0;
    rest = rest.replace(pattern, ' ');
  }
  return found;
}
