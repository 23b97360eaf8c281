import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import { createSearcher } from '../../../core/search/search';

const searcher = createSearcher(loadContent());
const first = (query: string) => searcher.search(query)[0];
const ids = (query: string, count = 5) => searcher.search(query).slice(0, count).map((result) => result.id);

describe('search', () => {
  it.each([
    ['keytruda', 'pembrolizumab'],
    ['Keytruda', 'pembrolizumab'],
    ['opdivo', 'nivolumab'],
    ['Tecentriq', 'atezolizumab'],
    ['imfinzi', 'durvalumab'],
    ['Libtayo', 'cemiplimab'],
    ['yervoy', 'ipilimumab'],
    ['tafinlar', 'dabrafenib'],
    ['mekinist', 'trametinib'],
    ['zelboraf', 'vemurafenib'],
    ['cotellic', 'cobimetinib'],
    ['imlygic', 't-vec'],
    ['PD-L1', 'pd-l1'],
    ['pdl1', 'pd-l1'],
    ['pd l1', 'pd-l1'],
    ['ALK', 'alk'],
    ['wat is keytruda', 'pembrolizumab'],
  ])('ranks the exact name %j first', (query, id) => {
    expect(first(query)).toMatchObject({ type: 'term', id, reason: 'exact' });
  });

  it.each([
    ['nivolumap', 'nivolumab'],
    ['tecentrik', 'atezolizumab'],
    ['pembrolizumap', 'pembrolizumab'],
    ['ipilimunab', 'ipilimumab'],
    ['immunotherapy', 'immuuntherapie'],
    ['steroiden', 'steroiden'],
    ['melanoon', 'melanoom'],
  ])('tolerates the typo %j', (query, id) => {
    expect(ids(query, 3)).toContain(id);
  });

  it.each([
    ['zenuwpijn', 'neuropathie'],
    ['psycholoog', 'psychosociale-zorg'],
    ['proefbehandeling', 'klinische-studie'],
  ])('leads the everyday word %j to its term', (query, id) => {
    expect(first(query)).toMatchObject({ type: 'term', id, reason: 'everyday-word' });
  });

  it('finds questions by the words of a question', () => {
    const results = searcher.search('bijwerking huid');
    expect(results.slice(0, 5).some((result) => result.type === 'faq' || result.id === 'huiduitslag')).toBe(true);
    expect(searcher.search('hoe lang duurt de behandeling').slice(0, 5).some((result) => result.type === 'faq')).toBe(true);
  });

  it('says where the match was, and which other name led there', () => {
    expect(first('keytruda')).toMatchObject({ matchedIn: 'naam', via: 'Keytruda' });
    expect(first('nivolumab')?.via).toBeUndefined();
    expect(first('zenuwpijn')).toMatchObject({ via: 'zenuwpijn' });
  });

  it('returns nothing for an empty or one-letter query', () => {
    expect(searcher.search('')).toEqual([]);
    expect(searcher.search(' a ')).toEqual([]);
  });
});
