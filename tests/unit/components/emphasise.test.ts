import { describe, expect, it } from 'vitest';
import { emphasise } from '../../../components/popup/emphasise';
import { flatten, groupResults } from '../../../components/popup/group-results';
import type { SearchResult } from '../../../core/search/search';

describe('emphasise', () => {
  it.each([
    ['Keytruda', 'keytr', [{ text: 'Keytr', match: true }, { text: 'uda', match: false }]],
    ['Wat is immuuntherapie?', 'immuuntherapie', [{ text: 'Wat is ', match: false }, { text: 'immuuntherapie', match: true }, { text: '?', match: false }]],
    ['steroïden', 'steroiden', [{ text: 'steroïden', match: true }]],
    ['Keytruda', 'x', [{ text: 'Keytruda', match: false }]],
    ['Bijwerkingen van de huid', 'huid bijwerking', [{ text: 'Bijwerking', match: true }, { text: 'en van de ', match: false }, { text: 'huid', match: true }]],
  ])('emphasises %j for %j', (title, query, parts) => {
    expect(emphasise(title, query)).toEqual(parts);
  });
});

describe('groupResults', () => {
  const result = (type: 'term' | 'faq', id: string): SearchResult => ({ type, id, title: id, matchedIn: 'naam', reason: 'fuzzy', score: 0 });

  it('puts terms before questions and keeps the search order within each', () => {
    const groups = groupResults([result('faq', 'q1'), result('term', 't1'), result('faq', 'q2'), result('term', 't2')]);
    expect(groups.map((group) => group.label)).toEqual(['Begrippen', 'Vragen']);
    expect(flatten(groups).map((item) => item.id)).toEqual(['t1', 't2', 'q1', 'q2']);
  });

  it('leaves out empty groups and caps each group', () => {
    const groups = groupResults([result('term', 'a'), result('term', 'b'), result('term', 'c')], 2);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.results.map((item) => item.id)).toEqual(['a', 'b']);
  });
});
