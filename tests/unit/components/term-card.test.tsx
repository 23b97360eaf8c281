import { describe, expect, it } from 'vitest';
import { EntryView } from '../../../components/EntryView';
import { TermCard } from '../../../components/TermCard';
import type { Content, GlossaryEntry, Source } from '../../../core/data/types';
import { toTooltipEntry } from '../../../core/data/tooltip-entry';
import { renderText } from './render-text';

const sources: Source[] = [
  { id: 'lung', title: 'Vragen', publisher: 'Longkanker Nederland', url: 'https://a.example', date: '2023-08-09', dateLabel: 'bijgewerkt 9 augustus 2023' },
  { id: 'old', title: 'Folder', publisher: 'Stichting Melanoom', url: 'https://b.example', date: '2017-12', dateLabel: 'december 2017', ageNote: 'Deze folder is oud.' },
];

function entry(overrides: Partial<GlossaryEntry>): GlossaryEntry {
  return {
    id: 'woord', term: 'woord', category: 'begrip', aliases: [], caseSensitive: [], ambiguous: [],
    short: 'Korte uitleg.', explanation: 'Lange uitleg. Nog een zin.', related: [],
    sources: [{ source: 'lung', section: 'Vraag', anchors: ['iets'], short: true }],
    ...overrides,
  };
}

function card(glossaryEntry: GlossaryEntry) {
  return renderText(<TermCard entry={toTooltipEntry(glossaryEntry)} sources={sources} headingId="h" onReadMore={() => {}} />);
}

function fullEntry(glossaryEntry: GlossaryEntry) {
  const content: Content = { sources, glossary: [glossaryEntry], faq: [], everydayWords: {} };
  return renderText(<EntryView content={content} entry={{ type: 'term', id: glossaryEntry.id }} onOpen={() => {}} />);
}

describe('the term card', () => {
  it('says "algemene uitleg" instead of a source for a general explanation', () => {
    const general = card(entry({ general: true, sources: [{ source: 'lung', section: 'Vraag', anchors: ['iets'] }] }));
    expect(general.text).toMatch(/algemene uitleg/i);
    expect(general.testIds).toContain('general-note');
    expect(general.testIds).not.toContain('source-link');
    const sourced = card(entry({}));
    expect(sourced.text).not.toMatch(/algemene uitleg/i);
    expect(sourced.testIds).toContain('source-link');
    expect(sourced.text).toContain('Longkanker Nederland, Vragen, bijgewerkt 9 augustus 2023');
  });

  it('shows the age note when the shown fact rests on the old folder only', () => {
    const melanoma = card(entry({ sources: [{ source: 'lung', section: 'A', anchors: ['x'] }, { source: 'old', section: 'B', anchors: ['y'], short: true }] }));
    expect(melanoma.text).toContain('Deze folder is oud.');
    // The source line names the source of the shown fact, not the first one listed.
    expect(melanoma.text).toContain('Stichting Melanoom, Folder, december 2017');
    const lung = card(entry({ sources: [{ source: 'old', section: 'B', anchors: ['y'] }, { source: 'lung', section: 'A', anchors: ['x'], short: true }] }));
    expect(lung.text).not.toContain('Deze folder is oud.');
  });

  it('shows the category in plain words', () => {
    expect(card(entry({ category: 'eiwit/biomarker' })).text).not.toContain('biomarker');
  });
});

describe('the full entry', () => {
  it('says the short text is a general explanation, and marks brand names no source gives', () => {
    const view = fullEntry(entry({ general: true, aliases: ['Merk'], generalAliases: ['Merk'], sources: [] }));
    expect(view.text).toMatch(/algemene uitleg/i);
    expect(view.text).toContain('Merk (algemene uitleg)');
    expect(view.testIds).not.toContain('entry-source');
  });

  it('puts the age note on top only when the shown fact rests on the old folder', () => {
    expect(fullEntry(entry({ sources: [{ source: 'old', section: 'B', anchors: ['y'], short: true }] })).testIds).toContain('age-note');
    const lung = fullEntry(entry({ sources: [{ source: 'lung', section: 'A', anchors: ['x'], short: true }, { source: 'old', section: 'B', anchors: ['y'] }] }));
    expect(lung.testIds).not.toContain('age-note');
    expect(lung.text).toContain('let op: deze bron is van december 2017');
  });
});
