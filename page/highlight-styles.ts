import type { MarkStyle } from '../utils/settings';

/** Highlight names registered in CSS.highlights; the rules for them are in entrypoints/content/marks.css. */
export const HIGHLIGHT_NAMES: Record<MarkStyle | 'active', string> = {
  underline: 'immuunwijzer-underline',
  background: 'immuunwijzer-background',
  active: 'immuunwijzer-active',
};

/**
 * The same rules as marks.css, for open shadow roots: a document style sheet does not reach
 * text inside a shadow tree, so each shadow root we mark gets this sheet adopted.
 */
export const SHADOW_HIGHLIGHT_CSS = `
::highlight(immuunwijzer-underline) { text-decoration: underline dotted 2px #2f6fd0; text-underline-offset: 0.15em; }
::highlight(immuunwijzer-background) { background-color: rgba(255, 196, 0, 0.35); }
::highlight(immuunwijzer-active) { background-color: rgba(47, 111, 208, 0.3); }
`;
