import { loadContent } from '../../core/data/content';

/** Characters that may end a whole word for mark.js's accuracy "exactly" (whitespace always does). */
export const MARKJS_LIMITERS = [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', "'", '’', '‘', '“', '”', '/'];

/** Every name the product marks: each glossary term and alias, as written in data/glossary.json. */
export function markJsKeywords(): string[] {
  const names = new Set<string>();
  for (const entry of loadContent().glossary) {
    for (const form of [entry.term, ...entry.aliases]) names.add(form);
  }
  return [...names];
}
