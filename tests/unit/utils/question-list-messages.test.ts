import { describe, expect, it } from 'vitest';
import { isAddQuestionMessage } from '../../../utils/question-list-messages';

describe('the add-question message', () => {
  it('accepts a term id with its name', () => {
    expect(isAddQuestionMessage({ type: 'add-question', about: { type: 'term', id: 'nivolumab' }, term: 'nivolumab' })).toBe(true);
  });

  it.each([
    ['no term name', { type: 'add-question', about: { type: 'term', id: 'x' } }],
    ['an empty name', { type: 'add-question', about: { type: 'term', id: 'x' }, term: '  ' }],
    ['a name longer than any term', { type: 'add-question', about: { type: 'term', id: 'x' }, term: 'a'.repeat(121) }],
    ['an FAQ answer (only tooltips send this message)', { type: 'add-question', about: { type: 'faq', id: 'x' }, term: 'x' }],
    ['no about', { type: 'add-question', term: 'x' }],
    ['another type', { type: 'open-entry', about: { type: 'term', id: 'x' }, term: 'x' }],
    ['null', null],
  ])('refuses %s', (_, message) => {
    expect(isAddQuestionMessage(message)).toBe(false);
  });
});
