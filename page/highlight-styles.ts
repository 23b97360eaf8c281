import type { MarkStyle } from '../utils/settings';

/** Highlight names registered in CSS.highlights. */
export const HIGHLIGHT_NAMES: Record<MarkStyle | 'active', string> = {
  underline: 'immuunwijzer-underline',
  background: 'immuunwijzer-background',
  active: 'immuunwijzer-active',
};

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
 */
export const MARK_CSS = `
::highlight(immuunwijzer-underline) { text-decoration: underline dotted 2px #2f6fd0 !important; text-underline-offset: 0.15em !important; }
::highlight(immuunwijzer-background) { background-color: rgba(255, 196, 0, 0.35) !important; }
::highlight(immuunwijzer-active) { background-color: rgba(47, 111, 208, 0.3) !important; }
@media (forced-colors: active) {
::highlight(immuunwijzer-underline) { color: CanvasText !important; background-color: Canvas !important; text-decoration: underline solid 2px LinkText !important; }
::highlight(immuunwijzer-background) { color: MarkText !important; background-color: Mark !important; }
::highlight(immuunwijzer-active) { color: HighlightText !important; background-color: Highlight !important; }
}
`;

/** Adds the sheet to the root's adopted sheets unless it is there already; false if the page forbids it. */
export function adoptSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet): boolean {
  try {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}
