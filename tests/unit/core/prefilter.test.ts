import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import { findAllForms } from '../../../core/finder/find-terms';
import { createPrefilter } from '../../../core/finder/prefilter';
import { prefilterSource } from '../../../core/finder/prefilter-source';
import { buildTermIndex } from '../../../core/finder/term-index';
import { largePageHtml } from '../../../testing/large-page';

const glossary = loadContent().glossary;
const index = buildTermIndex(glossary);
const mayContainTerm = createPrefilter(prefilterSource(index));

/** The text of each element of a generated page, as the scanner reads it (roughly: tags split runs). */
function pageTexts(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  return body
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '\n')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .filter((text) => text.trim() !== '');
}

describe('term prefilter', () => {
  it('lets through every text in which the finder finds a term', () => {
    const texts = [
      ...pageTexts(largePageHtml(100)),
      ...glossary.flatMap((entry) => [entry.term, ...entry.aliases]).flatMap((form) => [
        form,
        form.toUpperCase(),
        `De ${form}en werken.`,
        `long${form.toLowerCase()}`,
        form.replace(/e/g, 'ë'),
        form.replace(/(.)(.)/, '$1\u00ad$2'),
        form.replace(/-/g, ' \u2013 '),
        form.normalize('NFD'),
      ]),
    ];
    const missed = texts.filter((text) => findAllForms(index, text).length > 0 && !mayContainTerm(text));
    expect(missed).toEqual([]);
    // The list really holds terms: the check above is not vacuous.
    expect(texts.filter((text) => findAllForms(index, text).length > 0).length).toBeGreaterThan(2000);
  });

  it('stops the text of the ordinary benchmark page, which has no term', () => {
    const texts = pageTexts(largePageHtml(25, { withTerms: false }));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => findAllForms(index, text).length > 0)).toEqual([]);
    expect(texts.filter(mayContainTerm)).toEqual([]);
  });

  it('stops ordinary sentences and lets a term through', () => {
    expect(mayContainTerm('Vanochtend was het rustig in de wachtkamer.')).toBe(false);
    expect(mayContainTerm('Ik krijg NIVOLUMAB sinds mei.')).toBe(true);
    expect(mayContainTerm('Een botuitzaaiing is pijnlijk.')).toBe(true);
  });
});
