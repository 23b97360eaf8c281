/** Popup → content script (top frame): the page's title and address, for "Woorden op deze pagina" on paper. */
export interface PageInfoMessage {
  type: 'get-page-info';
}

export interface PageInfo {
  title: string;
  url: string;
}

export function isPageInfoMessage(value: unknown): value is PageInfoMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'get-page-info';
}

/** The content script's answer (entrypoints/content). Only the top frame answers: a frame's address is not the page's. */
export function pageInfo(): PageInfo {
  return { title: document.title, url: location.href };
}
