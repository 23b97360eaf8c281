import { describe, expect, it } from 'vitest';
import { rawContent } from '../../../core/data/content';
import { ContentError, validateContent, type RawContent } from '../../../core/data/validate';

function withGlossaryChange(change: (entries: Record<string, unknown>[]) => void): RawContent {
  const glossary = structuredClone(rawContent.glossary) as Record<string, unknown>[];
  change(glossary);
  return { ...rawContent, glossary };
}

function problemsOf(raw: RawContent): string[] {
  try {
    validateContent(raw);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateContent', () => {
  it('accepts the bundled content', () => {
    expect(problemsOf(rawContent)).toEqual([]);
  });

  it.each([
    ['a missing short text', (entries: Record<string, unknown>[]) => delete entries[0]!.short, /glossary\.json: entry "[^"]+": field "short" must be a non-empty string/],
    ['a short text that is too long', (entries: Record<string, unknown>[]) => (entries[0]!.short = 'x'.repeat(161)), /field "short" is 161 characters; at most 160/],
    ['an unknown category', (entries: Record<string, unknown>[]) => (entries[0]!.category = 'snoep'), /field "category" must be one of/],
    ['a related id that does not exist', (entries: Record<string, unknown>[]) => (entries[0]!.related = ['bestaat-niet']), /field "related" names unknown term "bestaat-niet"/],
    ['an unknown source', (entries: Record<string, unknown>[]) => (entries[0]!.sources = [{ source: 'nergens', section: 'x' }]), /field "sources\[0\]\.source" names unknown source "nergens"/],
    ['a duplicate id', (entries: Record<string, unknown>[]) => (entries[1]!.id = entries[0]!.id), /field "id" is used twice/],
    ['a case-sensitive form that is no alias', (entries: Record<string, unknown>[]) => (entries[0]!.caseSensitive = ['XYZ']), /field "caseSensitive" lists "XYZ"/],
    ['an alias of two terms', (entries: Record<string, unknown>[]) => (entries[1]!.aliases = [entries[0]!.term]), /also belongs to/],
    ['aliases that are not strings', (entries: Record<string, unknown>[]) => (entries[0]!.aliases = [42]), /field "aliases" must be an array of non-empty strings/],
    ['anchors that are not a list', (entries: Record<string, unknown>[]) => (entries[0]!.sources = [{ source: 'lkn-immuuntherapie', section: 'x', anchors: 'PD-1' }]), /glossary\.json: entry "[^"]+": field "sources\[0\]\.anchors" must be an array of non-empty strings/],
    ['an empty anchor', (entries: Record<string, unknown>[]) => (entries[0]!.sources = [{ source: 'lkn-immuuntherapie', section: 'x', anchors: ['  '] }]), /field "sources\[0\]\.anchors" must be an array of non-empty strings/],
    ['an anchor of eight words', (entries: Record<string, unknown>[]) => (entries[0]!.sources = [{ source: 'lkn-immuuntherapie', section: 'x', anchors: ['een twee drie vier vijf zes zeven acht'] }]), /field "sources\[0\]\.anchors\[0\]" "een twee drie vier vijf zes zeven acht" has 8 words; at most 7/],
    ['an anchor listed twice', (entries: Record<string, unknown>[]) => (entries[0]!.sources = [{ source: 'lkn-immuuntherapie', section: 'x', anchors: ['PD-1', 'PD-1'] }]), /field "sources\[0\]\.anchors\[1\]" "PD-1" is listed twice/],
    ['a short flag that is not true', (entries: Record<string, unknown>[]) => (entries[0]!.sources = [{ source: 'lkn-immuuntherapie', section: 'x', anchors: ['a'], short: 'ja' }]), /field "sources\[0\]\.short" must be true or left out/],
    ['a general flag that is not true', (entries: Record<string, unknown>[]) => (entries[0]!.general = 'ja'), /field "general" must be true or left out/],
    ['a general entry whose source backs the short text', (entries: Record<string, unknown>[]) => {
      entries[0]!.general = true;
      entries[0]!.sources = [{ source: 'lkn-immuuntherapie', section: 'x', anchors: ['a'], short: true }];
    }, /field "sources\[0\]\.short" cannot back the short text of a general entry/],
    ['a general alias that is no alias', (entries: Record<string, unknown>[]) => (entries[0]!.generalAliases = ['Merk']), /field "generalAliases" lists "Merk", which is not the term or an alias/],
    ['a glossary reference without anchors', (entries: Record<string, unknown>[]) => (entries[0]!.sources = [{ source: 'lkn-immuuntherapie', section: 'x', short: true }]), /glossary\.json: entry "[^"]+": field "sources\[0\]\.anchors" must list at least one anchor per fact/],
    ['no reference backing the short text', (entries: Record<string, unknown>[]) => {
      delete entries[0]!.general;
      entries[0]!.sources = [{ source: 'lkn-immuuntherapie', section: 'x', anchors: ['a'] }];
    }, /field "sources" must mark the references that back the short text/],
    ['an entry without sources that is not general', (entries: Record<string, unknown>[]) => (entries[0]!.sources = []), /field "sources" must name at least one source/],
  ])('reports %s with file, entry and field', (_name, change, message) => {
    const problems = problemsOf(withGlossaryChange(change));
    expect(problems.some((problem) => message.test(problem)), problems.join('\n')).toBe(true);
  });

  it('reports a file that is not an array, and a FAQ term that does not exist', () => {
    const faq = structuredClone(rawContent.faq) as Record<string, unknown>[];
    faq[0]!.terms = ['onbekend'];
    expect(problemsOf({ ...rawContent, faq })).toContainEqual(expect.stringMatching(/faq\.json: entry "[^"]+": field "terms" names unknown term "onbekend"/));
    expect(problemsOf({ ...rawContent, sources: {} })).toContainEqual('data/sources.json: must be a JSON array of entries');
  });

  it('accepts a source page without a date only when it says "datum niet vermeld", and then without an age note', () => {
    const page = { id: 'pagina', title: 'T', publisher: 'P', url: 'https://example.org/t' };
    const withSource = (source: Record<string, unknown>): RawContent => ({ ...rawContent, sources: [...(rawContent.sources as unknown[]), source] });
    expect(problemsOf(withSource({ ...page, dateLabel: 'datum niet vermeld' }))).toEqual([]);
    expect(problemsOf(withSource({ ...page, dateLabel: 'ergens in 2020' }))).toContainEqual('data/sources.json: entry "pagina": field "date" must be a non-empty string');
    expect(problemsOf(withSource({ ...page, dateLabel: 'datum niet vermeld', ageNote: 'Oud.' }))).toContainEqual(
      'data/sources.json: entry "pagina": field "ageNote" needs a date: an undated page cannot be said to be old',
    );
    expect(problemsOf(withSource({ ...page, date: '2020', dateLabel: '2020' }))).toEqual([]);
    expect(problemsOf(withSource({ ...page, date: '20', dateLabel: '2020' }))).toContainEqual('data/sources.json: entry "pagina": field "date" must be YYYY, YYYY-MM or YYYY-MM-DD');
    expect(problemsOf(withSource({ ...page, date: '2020-3', dateLabel: 'maart 2020' }))).toContainEqual('data/sources.json: entry "pagina": field "date" must be YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('accepts a general entry without sources, and no short flag in the FAQ', () => {
    expect(problemsOf(withGlossaryChange((entries) => {
      entries[0]!.general = true;
      entries[0]!.sources = [];
    }))).toEqual([]);
    const faq = structuredClone(rawContent.faq) as Record<string, unknown>[];
    faq[0]!.sources = [{ source: 'lkn-immuuntherapie', section: 'x', anchors: ['a'], short: true }];
    expect(problemsOf({ ...rawContent, faq })).toContainEqual(expect.stringMatching(/faq\.json: entry "[^"]+": field "sources\[0\]\.short" is only for glossary entries/));
  });

  it('lists every problem at once in the error message', () => {
    const raw = withGlossaryChange((entries) => {
      entries[0]!.short = '';
      entries[1]!.category = 'x';
    });
    expect(() => validateContent(raw)).toThrow(/Invalid content \(2 problems\)/);
  });
});
