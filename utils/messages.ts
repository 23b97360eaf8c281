/** Messages between the extension's parts. Page text is never part of any message. */
export type Message =
  /** Content script → background: open the full entry on the uitleg page. */
  | { type: 'open-entry'; id: string }
  /** Background → content script (top frame): open the keyboard navigator. */
  | { type: 'open-navigator' }
  /** Popup → content script: which terms were found on this page, and how often. */
  | { type: 'get-page-terms' };

export interface PageTermCount {
  id: string;
  count: number;
}

/** The content script's answer to get-page-terms. */
export interface PageTerms {
  /** The site as "off for this site" names it. */
  site: string;
  terms: PageTermCount[];
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
