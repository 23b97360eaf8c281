import { storage } from 'wxt/utils/storage';

/** A page's terms, handed from the popup to the uitleg page for "Woorden op deze pagina". */
export interface PageWords {
  title: string;
  url: string;
  termIds: string[];
}

/**
 * `session:`: kept in memory only and gone when the browser closes; not in the uitleg page's URL,
 * which would put the page's address in the browser's history (and its sync).
 */
const PAGE_WORDS_KEY = 'session:pageWords';

export function savePageWords(words: PageWords): Promise<void> {
  return storage.setItem(PAGE_WORDS_KEY, words);
}

/** The stored page words, or undefined when there are none or they are not in the expected shape. */
export async function loadPageWords(): Promise<PageWords | undefined> {
  const raw = await storage.getItem<unknown>(PAGE_WORDS_KEY);
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { title, url, termIds } = raw as Partial<Record<keyof PageWords, unknown>>;
  if (!Array.isArray(termIds)) return undefined;
  return {
    title: typeof title === 'string' ? title : '',
    url: typeof url === 'string' ? url : '',
    termIds: termIds.filter((id): id is string => typeof id === 'string'),
  };
}
