import type { FaqEntry, GlossaryEntry } from '../../core/data/types';

/** Terms grouped by first letter, A–Z, sorted the Dutch way. */
export function termsByLetter(glossary: readonly GlossaryEntry[]): [string, GlossaryEntry[]][] {
  const sorted = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' }));
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of sorted) {
    const letter = entry.term.normalize('NFD').charAt(0).toUpperCase();
    const key = /[A-Z]/.test(letter) ? letter : '#';
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups];
}

/** Questions grouped by topic, topics in the order they first appear. */
export function questionsByTopic(faq: readonly FaqEntry[]): [string, FaqEntry[]][] {
  const groups = new Map<string, FaqEntry[]>();
  for (const entry of faq) groups.set(entry.topic, [...(groups.get(entry.topic) ?? []), entry]);
  return [...groups];
}
