import { describe, expect, it } from 'vitest';
import { entryAgeNote } from '../../../components/source-line';
import { loadContent } from '../../../core/data/content';
import { toTooltipEntry } from '../../../core/data/tooltip-entry';

const content = loadContent();
const melanomaNote = content.sources.find((source) => source.id === 'sm-melanoom-2017')?.ageNote;
const lungNote = content.sources.find((source) => source.id === 'lkn-immuuntherapie')?.ageNote;

/** The age note the tooltip shows for an entry, from the reduced entry the content script ships. */
function tooltipNote(id: string): string | undefined {
  const entry = content.glossary.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no glossary entry ${id}`);
  return entryAgeNote(toTooltipEntry(entry), content.sources);
}

describe('the age notes of the seeds in the tooltip', () => {
  it('has two different notes: the folder of 2017 and the lung FAQ of August 2023', () => {
    expect(melanomaNote).toMatch(/2017/);
    expect(lungNote).toMatch(/augustus 2023/);
  });

  it.each([
    // The shown fact comes from the melanoma folder only.
    ['braf', 'melanoma'],
    ['ctla-4', 'melanoma'],
    ['t-vec', 'melanoma'],
    ['ipilimumab', 'melanoma'],
    // The shown fact comes from the lung FAQ; the folder only adds detail (review A6): the lung
    // note, never the melanoma one, and only one note.
    ['t-cel', 'lung'],
    ['nivolumab', 'lung'],
    ['pembrolizumab', 'lung'],
    ['chemotherapie', 'lung'],
    ['kankercel', 'lung'],
    // Backed by both seeds, the lung FAQ first: one note, the lung one.
    ['verpleegkundig-specialist', 'lung'],
    // The shown fact rests on a newer source page only.
    ['lorlatinib', 'none'],
    // General explanations show "algemene uitleg", no source and no note.
    ['tumor', 'none'],
  ])('%s: %s note', (id, note) => {
    expect(tooltipNote(id)).toBe(note === 'melanoma' ? melanomaNote : note === 'lung' ? lungNote : undefined);
  });

  // Any source with an age note counts, not only the folder: the NVMO advice of 2022 is old too.
  const oldSources = new Set(content.sources.filter((source) => source.ageNote).map((source) => source.id));

  it('shows the note of the old source the shown fact rests on, not the folder note, for the NVMO advice of 2022', () => {
    expect(tooltipNote('selpercatinib')).toMatch(/februari 2022/);
    expect(tooltipNote('lorlatinib')).toBeUndefined();
  });

  it('is shown exactly where an anchored reference to an old source (the folder, …) backs the short text', () => {
    expect(oldSources.has('sm-melanoom-2017')).toBe(true);
    const wrong = content.glossary.filter((entry) => {
      const restsOnFolder = entry.sources.some((ref) => ref.short && oldSources.has(ref.source) && (ref.anchors ?? []).length > 0);
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

describe('an age note on every old source', () => {
  /** The day the sources were last checked; a source dated more than three years before it needs a note. */
  const CHECKED = '2026-12-01';
  const threeYearsBefore = `${Number(CHECKED.slice(0, 4)) - 3}${CHECKED.slice(4)}`;

  // The seeds count too: the lung FAQ (last addition 9 August 2023) passed three years in 2026.
  it('gives an age note to every source, seeds included, dated more than three years before the last check, and to no newer one', () => {
    const dated = content.sources.filter((source) => source.date !== undefined);
    expect(dated.filter((source) => source.date! < threeYearsBefore && !source.ageNote).map((source) => source.id)).toEqual([]);
    expect(dated.filter((source) => source.date! >= threeYearsBefore && source.ageNote).map((source) => source.id)).toEqual([]);
    expect(content.sources.find((source) => source.id === 'sm-melanoom-2017')?.ageNote).toBeDefined();
    expect(content.sources.find((source) => source.id === 'lkn-immuuntherapie')?.ageNote).toBeDefined();
  });
});
