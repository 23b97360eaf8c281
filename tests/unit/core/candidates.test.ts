import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import { findAllForms } from '../../../core/finder/find-terms';
import { enginePrefilter } from '../../../core/finder/prefilter';
import { prefilterSource } from '../../../core/finder/prefilter-source';
import { buildTermIndex, type TermIndex } from '../../../core/finder/term-index';
import { largePageHtml } from '../../../testing/large-page';
import { sourceTexts } from '../data/seed-access';

const glossary = loadContent().glossary;
const walkEveryWord = buildTermIndex(glossary);
const withCandidates: TermIndex = { ...walkEveryWord, candidates: enginePrefilter(prefilterSource(walkEveryWord)).pattern };

/** Lines of the generated forum page and of the trap pages, tags taken out. */
function htmlLines(html: string): string[] {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '\n')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .filter((text) => text.trim() !== '');
}

function trapPageLines(): string[] {
  const folder = 'tests/e2e/pages';
  return readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .flatMap((name) => htmlLines(readFileSync(`${folder}/${name}`, 'utf8')));
}

/** Every form in the ways pages write it: inflected, in compounds, with diacritics, soft hyphens, dashes, decomposed. */
function formVariants(): string[] {
  return glossary
    .flatMap((entry) => [entry.term, ...entry.aliases])
    .flatMap((form) => [
      form,
      form.toUpperCase(),
      `De ${form}en werken, niet-${form} en ${form}-remmer.`,
      `bot${form.toLowerCase()}en in de long-${form}`,
      form.replace(/e/g, 'ë'),
      `Twee\u00a0woorden: ${form.replace(/ /g, '\u00a0')}’s en ${form}'s.`,
      form.replace(/(.)(.)/, '$1\u00ad$2'),
      form.replace(/-/g, ' \u2013 '),
      form.normalize('NFD'),
      `İstanbul ${form} 😀 ${form}`,
      `zie kanker.nl/${form} of https://example.org/${form}`,
    ]);
}

describe('the finder led by the prefilter pattern (TermIndex.candidates)', () => {
  it('finds exactly what the walk over every word finds', () => {
    const texts = [
      ...htmlLines(largePageHtml(100)),
      ...trapPageLines(),
      ...formVariants(),
      // Source texts are here only where the machine has them; their lines are real medical Dutch.
      ...Object.values(sourceTexts).flatMap((text) => text.split('\n')),
    ];
    const differing = texts.filter((text) => JSON.stringify(findAllForms(withCandidates, text)) !== JSON.stringify(findAllForms(walkEveryWord, text)));
    expect(differing).toEqual([]);
    // Not vacuous: the texts hold many marks, in compounds and after diacritics too.
    const found = texts.reduce((count, text) => count + findAllForms(walkEveryWord, text).length, 0);
    expect(found).toBeGreaterThan(5_000);
  });

  it('walks only the words the pattern points at', () => {
    const never: TermIndex = { ...walkEveryWord, candidates: /(?!)/g };
    expect(findAllForms(walkEveryWord, 'Hij kreeg nivolumab.')).toHaveLength(1);
    expect(findAllForms(never, 'Hij kreeg nivolumab.')).toEqual([]);
    // A candidate inside a word (the head of a compound) leads to the whole word.
    expect(findAllForms(withCandidates, 'Er zijn botuitzaaiingen gezien.').map((match) => match.text)).toEqual(['botuitzaaiingen']);
  });
});
