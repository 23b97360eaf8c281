import { describe, expect, it } from 'vitest';
import { entryAgeNote } from '../../../components/source-line';
import { loadContent } from '../../../core/data/content';
import { toTooltipEntry } from '../../../core/data/tooltip-entry';

const content = loadContent();
const melanomaNote = content.sources.find((source) => source.id === 'sm-melanoom-2017')?.ageNote;

/** The age note the tooltip shows for an entry, from the reduced entry the content script ships. */
function tooltipNote(id: string): string | undefined {
  const entry = content.glossary.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no glossary entry ${id}`);
  return entryAgeNote(toTooltipEntry(entry), content.sources);
}

describe('the 2017 note in the tooltip', () => {
  it.each([
    // The shown fact comes from the melanoma folder only.
    ['braf', true],
    ['ctla-4', true],
    ['t-vec', true],
    ['ipilimumab', true],
    // The shown fact comes from the lung FAQ; the folder only adds detail (review A6).
    ['t-cel', false],
    ['nivolumab', false],
    ['pembrolizumab', false],
    ['chemotherapie', false],
    ['kankercel', false],
    // General explanations show "algemene uitleg", no source and no note.
    ['tumor', false],
  ])('%s: note %s', (id, shown) => {
    expect(tooltipNote(id)).toBe(shown ? melanomaNote : undefined);
  });

  it('is shown exactly where an anchored reference to the folder backs the short text', () => {
    const wrong = content.glossary.filter((entry) => {
      const restsOnFolder = entry.sources.some((ref) => ref.short && ref.source === 'sm-melanoom-2017' && (ref.anchors ?? []).length > 0);
      return (tooltipNote(entry.id) !== undefined) !== restsOnFolder;
    });
    expect(wrong.map((entry) => entry.id)).toEqual([]);
  });

  it('ships no anchors to the content script, but what the tooltip needs', () => {
    const reduced = content.glossary.map(toTooltipEntry);
    expect(JSON.stringify(reduced)).not.toContain('"anchors"');
    expect(reduced.find((entry) => entry.id === 'tumor')?.general).toBe(true);
    expect(reduced.find((entry) => entry.id === 'braf')?.sources.some((ref) => ref.short)).toBe(true);
  });
});
