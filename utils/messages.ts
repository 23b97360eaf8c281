/** Messages between the extension's parts. Page text is never part of any message: only term ids and counts. */
export type Message =
  /** Content script → background: open the full entry on the uitleg page (after a trusted click). */
  | { type: 'open-entry'; id: string }
  /** Background → content script (top frame): open the keyboard navigator. */
  | { type: 'open-navigator' }
  /** Popup → content script (top frame): which terms were found on this page and its same-origin frames. */
  | { type: 'get-page-terms' }
  /** Content script of a same-origin child frame → background: this frame has the extension running. */
  | { type: 'frame-ready' }
  /** Content script (top frame) → background: the summed counts of this tab's same-origin child frames. */
  | { type: 'get-frame-terms' }
  /** Background → content script of a child frame: this frame's own counts. */
  | { type: 'get-own-terms' }
  /** Content script → background: this frame may hold a term (or wants the navigator): inject the engine. */
  | { type: 'load-engine' }
  /** Content script → background: the tooltip text of one term (page/tooltip-entries.ts), on first use. */
  | { type: 'get-tooltip-entry'; id: string };

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

/** Term counts from several frames, added up; anything malformed is left out. */
export function addCounts(into: Map<string, number>, terms: unknown): Map<string, number> {
  if (!Array.isArray(terms)) return into;
  for (const term of terms as unknown[]) {
    const { id, count } = (term ?? {}) as { id?: unknown; count?: unknown };
    if (typeof id === 'string' && typeof count === 'number' && Number.isInteger(count) && count > 0) {
      into.set(id, (into.get(id) ?? 0) + count);
    }
  }
  return into;
}

/** Counts as the popup shows them: most frequent first. */
export function sortedCounts(counts: ReadonlyMap<string, number>): PageTermCount[] {
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
