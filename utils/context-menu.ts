export const CONTEXT_MENU_ID = 'immuunwijzer-lookup';

/** Longest selection taken over into the search box; a search for a whole page helps nobody. */
const MAX_QUERY_LENGTH = 100;

/** The uitleg page with the selected text in its search box. */
export function lookupUrl(uitlegUrl: string, selection: string): string {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return `${uitlegUrl}?q=${encodeURIComponent(query)}`;
}
