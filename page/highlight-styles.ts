import type { MarkStyle } from '../utils/settings';

/**
 * The names of this document's highlights in CSS.highlights: one per mark style, the hovered
 * mark, and the underline style's stand-in on a very large page (see markCss).
 */
export type HighlightNames = Readonly<Record<MarkStyle | 'active' | 'largePageUnderline', string>>;

/** One document's highlight names and the style sheet text that paints them. */
export interface PageHighlights {
  names: HighlightNames;
  css: string;
}

/**
 * Letters without vowels (and without w and x): no word, and so nothing that names the
 * extension, can come up by chance. A name starts with one of them (a CSS identifier cannot
 * start with a digit).
 */
const LETTERS = 'bcdfghjklmnpqrstvz';
const CHARACTERS = `${LETTERS}0123456789`;
const NAME_LENGTH = 8;

function randomName(): string {
  const values = crypto.getRandomValues(new Uint32Array(NAME_LENGTH));
  let name = LETTERS[values[0]! % LETTERS.length]!;
  for (let i = 1; i < NAME_LENGTH; i++) name += CHARACTERS[values[i]! % CHARACTERS.length]!;
  return name;
}

/**
 * Fresh random names for one document (made once per content-script instance), shaped like the
 * generated class names many sites use, and the sheet text for them. Page scripts can read
 * CSS.highlights and the adopted sheets' ::highlight() rules: a fixed name would tell every page
 * that this visitor reads about cancer, and would let it target our marks.
 */
export function createHighlightNames(): PageHighlights {
  const taken = new Set<string>();
  const unique = () => {
    let name = randomName();
    while (taken.has(name)) name = randomName();
    taken.add(name);
    return name;
  };
  const names: HighlightNames = { underline: unique(), background: unique(), active: unique(), largePageUnderline: unique() };
  return { names, css: markCss(names) };
}

/**
 * How marks look. Adopted as a constructed style sheet by the document (once it has a mark) and
 * by each open shadow root with marks, because a document style sheet does not reach text inside
 * a shadow tree. Adopted sheets come after the page's own sheets in the cascade, so with
 * !important these rules also win over a page's own ::highlight() rules of the same weight; a
 * page's Content-Security-Policy does not apply to them; and pages without medical terms pay no
 * style cost at all (a universal rule costs a large page's style recalculation noticeably).
 * In forced colors Chromium paints every highlight like a selection; system colours keep a mark
 * an underline (or a Mark tint) that the user's high-contrast theme colours and that differs
 * from selected text.
 *
 *
 * On a very large page the underline style paints as a faint blue tint (`largePageUnderline`):
 * while any ::highlight() with a text-decoration paints in a document, Chromium makes every
 * layout of that document cost in proportion to its whole text (docs/browser-notes.md), so a
 * 5 MB page that updates a clock would lose most of its frames. The switch moves the Highlight to
 * the other name; changing the sheet instead would restyle the whole page (300 ms at 5 MB).
 */
export function markCss(names: HighlightNames): string {
  const { underline, background, active, largePageUnderline } = names;
  return `
::highlight(${underline}) { text-decoration: underline dotted 2px #2f6fd0 !important; text-underline-offset: 0.15em !important; }
::highlight(${largePageUnderline}) { background-color: rgba(47, 111, 208, 0.14) !important; }
::highlight(${background}) { background-color: rgba(255, 196, 0, 0.35) !important; }
${ACTIVE_RULE(active)}
@media (forced-colors: active) {
::highlight(${underline}) { color: CanvasText !important; background-color: Canvas !important; text-decoration: underline solid 2px LinkText !important; }
::highlight(${largePageUnderline}) { color: LinkText !important; background-color: Canvas !important; }
::highlight(${background}) { color: MarkText !important; background-color: Mark !important; }
${ACTIVE_FORCED_RULE(active)}
}
`;
}

const ACTIVE_RULE = (name: string) => `::highlight(${name}) { background-color: rgba(47, 111, 208, 0.3) !important; }`;
const ACTIVE_FORCED_RULE = (name: string) => `::highlight(${name}) { color: HighlightText !important; background-color: Highlight !important; }`;

/** Only the explained word's rules: the sheet a page gets for one hover with "mark on hover" on. */
export function activeMarkCss(name: string): string {
  return `
${ACTIVE_RULE(name)}
@media (forced-colors: active) {
${ACTIVE_FORCED_RULE(name)}
}
`;
}

export function adoptSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet): boolean {
  try {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}
