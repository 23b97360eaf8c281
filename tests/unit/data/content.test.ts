import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import { findTerms } from '../../../core/finder/find-terms';
import { buildTermIndex } from '../../../core/finder/term-index';
import { readConcepts } from './fixtures';

const content = loadContent();
const concepts = readConcepts();
const index = buildTermIndex(content.glossary);

/**
 * Forms that concepts.tsv files under a concept whose sense they do not have: "anti-CTLA4" is the
 * medicine that blocks CTLA-4 (ipilimumab), not the protein (review 2026-12, S8).
 */
const SENSE_CORRECTIONS: Record<string, string> = { 'anti-CTLA4': 'ipilimumab', 'anti-CTLA-4': 'ipilimumab' };
const ownerOf = (conceptId: string, form: string) => SENSE_CORRECTIONS[form] ?? conceptId;

describe('the bundled content', () => {
  it('has an entry with the exact id for each of the 84 concepts', () => {
    expect(concepts).toHaveLength(84);
    const ids = new Set(content.glossary.map((entry) => entry.id));
    expect(concepts.filter((concept) => !ids.has(concept.id)).map((concept) => concept.id)).toEqual([]);
  });

  it('lists every concepts.tsv variant as an alias of its concept', () => {
    const missing = concepts.flatMap((concept) =>
      concept.variants
        .filter((variant) => {
          const entry = content.glossary.find((candidate) => candidate.id === ownerOf(concept.id, variant));
          return !(entry?.term === variant || entry?.aliases.includes(variant));
        })
        .map((variant) => `${ownerOf(concept.id, variant)}: ${variant}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds every concept name and variant in a sentence', () => {
    const misses: string[] = [];
    for (const concept of concepts) {
      for (const form of [concept.name, ...concept.variants]) {
        // "nivolumab" gives the sentence medical context, as a real page about treatment has.
        const sentence = `Bij nivolumab las ik: ${form}. Dat vroeg ik mijn arts.`;
        const found = findTerms(index, sentence).some((match) => match.id === ownerOf(concept.id, form));
        if (!found) misses.push(`${ownerOf(concept.id, form)}: "${form}"`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('has brand names as aliases of the generic drug', () => {
    const brands: Record<string, string> = {
      Opdivo: 'nivolumab',
      Keytruda: 'pembrolizumab',
      Tecentriq: 'atezolizumab',
      Imfinzi: 'durvalumab',
      Libtayo: 'cemiplimab',
      Yervoy: 'ipilimumab',
      Tafinlar: 'dabrafenib',
      Mekinist: 'trametinib',
      Zelboraf: 'vemurafenib',
      Cotellic: 'cobimetinib',
      Imlygic: 't-vec',
    };
    for (const [brand, id] of Object.entries(brands)) {
      expect(content.glossary.find((entry) => entry.aliases.includes(brand))?.id, brand).toBe(id);
    }
  });

  it('covers every question of the lung cancer FAQ and every part of the melanoma folder', () => {
    const lung = content.faq.filter((entry) => entry.sources.some((ref) => ref.source === 'lkn-immuuntherapie'));
    const melanoma = content.faq.filter((entry) => entry.sources.some((ref) => ref.source === 'sm-melanoom-2017'));
    expect(lung.length).toBeGreaterThanOrEqual(40);
    expect(melanoma.length).toBeGreaterThanOrEqual(15);
    const melanomaSections = new Set(melanoma.flatMap((entry) => entry.sources.map((ref) => ref.section)));
    for (const section of [
      'Het opstellen van een behandelplan',
      'Goed voorbereid naar het gesprek met de behandelend arts',
      '1.1 Doelgerichte therapie (targeted therapy)',
      '1.2 Immunotherapie',
      '1.3 Chemotherapie',
      '1.4 Klinische studies',
      '2.1. Operatie',
      '2.2. Radiotherapie (bestraling)',
      '2.3 T-VEC',
      'Psychosociale hulp',
      '3. Bijwerkingen melden',
      'Behandelcentra in Nederland',
    ]) {
      expect(melanomaSections, section).toContain(section);
    }
  });

  it('keeps tooltips short and explanations to a few sentences', () => {
    for (const entry of content.glossary) {
      expect(entry.short.length, entry.id).toBeLessThanOrEqual(160);
      const sentences = entry.explanation.split(/(?<=[.!?])\s+/).filter(Boolean).length;
      expect(sentences, entry.id).toBeGreaterThanOrEqual(2);
      expect(sentences, entry.id).toBeLessThanOrEqual(5);
    }
  });

  it('marks acronyms as case-sensitive', () => {
    for (const acronym of ['ALK', 'EGFR', 'NRAS', 'BRAF', 'NSCLC', 'SCLC', 'WBRT']) {
      const entry = content.glossary.find((candidate) => candidate.term === acronym || candidate.aliases.includes(acronym));
      expect(entry?.caseSensitive, acronym).toContain(acronym);
    }
  });

  it('points the melanoma entries at a dated source with a note that treatment has changed', () => {
    const melanomaSource = content.sources.find((source) => source.id === 'sm-melanoom-2017');
    expect(melanomaSource?.dateLabel).toContain('2017');
    expect(melanomaSource?.ageNote).toMatch(/veranderd/);
  });
});
