import type { GlossaryEntry, TooltipEntry } from './types';

/**
 * An entry as the content script ships it: no explanation, related terms, general aliases,
 * anchors or sections (they only serve the popup, the uitleg page and the tests), but `general` and which reference backs the
 * short text, because the tooltip's "algemene uitleg" and age note depend on them.
 */
export function toTooltipEntry(entry: GlossaryEntry): TooltipEntry {
  const { explanation: _explanation, related: _related, generalAliases: _generalAliases, sources, ...rest } = entry;
  return { ...rest, sources: sources.map(({ anchors: _anchors, section: _section, ...ref }) => ref) };
}
