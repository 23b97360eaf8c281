export const CONTEXT_MENU_ID = 'immuunwijzer-lookup';

/** Longest selection taken over into the search box; a search for a whole page helps nobody. */
const MAX_QUERY_LENGTH = 100;

/** The uitleg page with the selected text in its search box. */
export function lookupUrl(uitlegUrl: string, selection: string): string {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return `${uitlegUrl}?q=${encodeURIComponent(query)}`;
}

/** The part of browser.contextMenus the menu needs. */
export interface ContextMenus {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
}

/**
 * Firefox does not keep the menu items of a persistent background page across a browser restart
 * (MDN menus.create), so the menu is made on every background start. Removing first means a second
 * start (Chrome wakes its service worker often) does not hit the duplicate-id error.
 */
export async function installContextMenu(menus: ContextMenus): Promise<void> {
  await menus.removeAll();
  menus.create({ id: CONTEXT_MENU_ID, title: 'Zoek op in Immuunwijzer', contexts: ['selection'] });
}
