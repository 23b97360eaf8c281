import { describe, expect, it } from 'vitest';
import { emphasise } from '../../../components/popup/emphasise';

describe('emphasise', () => {
  it.each([
    ['Keytruda', 'keytr', [{ text: 'Keytr', match: true }, { text: 'uda', match: false }]],
    ['Wat is immuuntherapie?', 'immuuntherapie', [{ text: 'Wat is ', match: false }, { text: 'immuuntherapie', match: true }, { text: '?', match: false }]],
    ['steroïden', 'steroiden', [{ text: 'steroïden', match: true }]],
    ['Keytruda', 'x', [{ text: 'Keytruda', match: false }]],
    ['Mag ik autorijden als ik ziek ben?', 'mag ik autorijden', [{ text: 'Mag ik ', match: false }, { text: 'autorijden', match: true }, { text: ' als ik ziek ben?', match: false }]],
    ['Bijwerkingen van de huid', 'huid bijwerking', [{ text: 'Bijwerking', match: true }, { text: 'en van de ', match: false }, { text: 'huid', match: true }]],
  ])('emphasises %j for %j', (title, query, parts) => {
    expect(emphasise(title, query)).toEqual(parts);
  });
});
