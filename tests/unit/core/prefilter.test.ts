import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import { findAllForms } from '../../../core/finder/find-terms';
import { contentPrefilterSource, packTermIndex } from '../../../core/finder/packed-index';
import { createPrefilter, enginePrefilter } from '../../../core/finder/prefilter';
import { prefilterSource } from '../../../core/finder/prefilter-source';
import { buildTermIndex } from '../../../core/finder/term-index';
import { largePageHtml } from '../../../testing/large-page';

const glossary = loadContent().glossary;
const index = buildTermIndex(glossary);
/** The engine's: every form, ambiguous ones too. */
const mayContainTerm = enginePrefilter(prefilterSource(index));
/** The always-loaded content script's: the unambiguous forms only. */
const mayContainUnambiguousTerm = createPrefilter(contentPrefilterSource(packTermIndex(index)));
const hasUnambiguousTerm = (text: string) => findAllForms(index, text).some((match) => !match.ambiguous);

/** Debian's word lists (packages wdutch and wamerican; .ci/run installs them): everyday words the prefilter did not choose. */
const WORD_LISTS = { Dutch: '/usr/share/dict/nederlands', English: '/usr/share/dict/american-english' } as const;

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
    // The content script's prefilter: every text with an unambiguous term.
    expect(texts.filter((text) => hasUnambiguousTerm(text) && !mayContainUnambiguousTerm(text))).toEqual([]);
    // The list really holds terms: the check above is not vacuous.
    expect(texts.filter((text) => findAllForms(index, text).length > 0).length).toBeGreaterThan(2000);
    expect(texts.filter(hasUnambiguousTerm).length).toBeGreaterThan(2000);
  });

  it('matches a form that is no compound head only at a word start, and a case-sensitive form only in its case', () => {
    // Place names and everyday words that hold ALK, TIL, KIT, MEK, MRI, LDH or AMO inside them or in another case.
    const inside = ['de Balkan', 'het is stil', 'Almekinders', 'bloemrijk', 'beeldherkenning', 'Samoa'];
    const ordinary = [...inside, 'Alkmaar', 'Tilburg', 'tillen', 'een kitten'];
    expect(ordinary.filter((text) => findAllForms(index, text).length > 0)).toEqual([]);
    expect(ordinary.filter(mayContainUnambiguousTerm)).toEqual([]);
    // The engine's one pattern has the case-sensitive forms lower-cased (more passes), still at word starts.
    expect(inside.filter(mayContainTerm)).toEqual([]);
    for (const text of ['Een ALK-mutatie', 'Na de TIL-behandeling', 'KIT', 'een MRI van de hersenen', 'het LDH is hoog']) {
      expect(hasUnambiguousTerm(text), text).toBe(true);
      expect(mayContainUnambiguousTerm(text), text).toBe(true);
    }
    // A compound head still counts inside a word.
    expect(mayContainUnambiguousTerm('tweedelijnschemotherapie')).toBe(true);
  });

  it('leaves a text whose only forms are ambiguous to the engine: the content script needs no engine for it', () => {
    const spa = 'Boek een detox kuur in ons kuuroord, met controle van je bloeddruk door de huisarts.';
    expect(findAllForms(index, spa).length).toBeGreaterThan(0);
    expect(findAllForms(index, spa).every((match) => match.ambiguous)).toBe(true);
    expect(mayContainTerm(spa)).toBe(true);
    expect(mayContainUnambiguousTerm(spa)).toBe(false);
    expect(mayContainUnambiguousTerm(`${spa} Na de chemotherapie mocht ik weer.`)).toBe(true);
  });

  for (const [language, path] of Object.entries(WORD_LISTS)) {
    it(`lets through few ${language} words without a term, and every one with an unambiguous term`, (context) => {
      if (!existsSync(path)) {
        console.warn(`[immuunwijzer] "${context.task.name}" skipped: ${path} not found (apt-get install wdutch wamerican)`);
        context.skip();
        return;
      }
      const words = readFileSync(path, 'utf8').split('\n').filter(Boolean);
      const withTerm = words.filter(hasUnambiguousTerm);
      expect(withTerm.filter((word) => !mayContainUnambiguousTerm(word))).toEqual([]);
      // Medical words are in the list too, so the check above is not vacuous.
      expect(withTerm.length).toBeGreaterThan(language === 'Dutch' ? 100 : 20);
      const letThrough = words.filter((word) => !hasUnambiguousTerm(word) && mayContainUnambiguousTerm(word));
      // Measured with paths of 12 symbols anchored at word starts: 0.05 % and 0.02 %; with 10: 0.11 % and 0.03 %;
      // before the anchors (one pattern, 8 symbols, anywhere) 1.2 % and 0.9 %.
      expect(letThrough.length / words.length).toBeLessThan(language === 'Dutch' ? 0.0015 : 0.0005);
    });
  }

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
