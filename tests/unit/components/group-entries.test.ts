import { describe, expect, it } from 'vitest';
import { questionsByTopic, termsByLetter } from '../../../components/uitleg/group-entries';
import { loadContent } from '../../../core/data/content';

const content = loadContent();

describe('the uitleg page lists', () => {
  it('groups every term under its first letter, A–Z, sorted the Dutch way', () => {
    const groups = termsByLetter(content.glossary);
    expect(groups.flatMap(([, entries]) => entries)).toHaveLength(content.glossary.length);
    const letters = groups.map(([letter]) => letter);
    expect(letters).toEqual([...letters].sort());
    for (const [letter, entries] of groups) {
      for (const entry of entries) expect(entry.term.normalize('NFD').charAt(0).toUpperCase()).toBe(letter);
    }
  });

  it('groups every question by topic, in the order the topics first appear', () => {
    const groups = questionsByTopic(content.faq);
    expect(groups.flatMap(([, entries]) => entries)).toHaveLength(content.faq.length);
    expect(groups[0]![0]).toBe(content.faq[0]!.topic);
  });
});
