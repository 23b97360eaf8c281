import { describe, expect, it } from 'vitest';
import { ageNoteOf, resolveSources, sourceLabel } from '../../../components/source-line';
import type { Source } from '../../../core/data/types';

const sources: Source[] = [
  { id: 'new', title: 'Vragen', publisher: 'Longkanker Nederland', url: 'https://a.example', date: '2023-08-09', dateLabel: 'bijgewerkt 9 augustus 2023' },
  { id: 'old', title: 'Folder', publisher: 'Stichting Melanoom', url: 'https://b.example', date: '2017-12', dateLabel: 'december 2017', ageNote: 'Oud.' },
];

describe('source lines', () => {
  it('names publisher, title and date', () => {
    expect(sourceLabel(resolveSources([{ source: 'new', section: 'X' }], sources)[0]!)).toBe('Longkanker Nederland, Vragen, bijgewerkt 9 augustus 2023');
  });

  it('leaves out references to unknown sources', () => {
    expect(resolveSources([{ source: 'nope', section: 'X' }], sources)).toEqual([]);
  });

  it('warns about age when the shown fact rests on an old source only, not when it only adds a detail from it', () => {
    expect(ageNoteOf(resolveSources([{ source: 'old', section: 'A' }], sources))).toBe('Oud.');
    expect(ageNoteOf(resolveSources([{ source: 'new', section: 'A' }, { source: 'old', section: 'B' }], sources))).toBeUndefined();
    // The short text rests on the old folder even though a current source is listed first.
    expect(ageNoteOf(resolveSources([{ source: 'new', section: 'A' }, { source: 'old', section: 'B', short: true }], sources))).toBe('Oud.');
    // The old folder is listed first, but the shown fact rests on the current source (review A6).
    expect(ageNoteOf(resolveSources([{ source: 'old', section: 'B' }, { source: 'new', section: 'A', short: true }], sources))).toBeUndefined();
    // Part of the shown fact rests on the old folder: warn.
    expect(ageNoteOf(resolveSources([{ source: 'new', section: 'A', short: true }, { source: 'old', section: 'B', short: true }], sources))).toBe('Oud.');
  });
});
