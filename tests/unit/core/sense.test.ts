import { describe, expect, it } from 'vitest';
import type { FinderEntry } from '../../../core/data/types';
import { findTerms } from '../../../core/finder/find-terms';
import { selfContradictingForms } from '../../../core/finder/sense-rules';
import { buildTermIndex } from '../../../core/finder/term-index';

function entry(id: string, term: string, aliases: string[] = [], extra: Partial<FinderEntry> = {}): FinderEntry {
  return { id, term, aliases, caseSensitive: [], ambiguous: [], ...extra };
}

/**
 * A tiny glossary with the review's three cases as they stood in data/ (S6–S8): the squamous-cell
 * entry with "plaveiselcel longkanker", "niet-geregistreerd" on the registered-medicine entry,
 * "anti-CTLA4" on the protein.
 */
const glossary = [
  entry('plaveiselcelcarcinoom', 'plaveiselcelcarcinoom', ['plaveiselcel longkanker']),
  entry('nsclc', 'niet-kleincellige longkanker', ['NSCLC'], { caseSensitive: ['NSCLC'] }),
  entry('sclc', 'kleincellige longkanker'),
  entry('geregistreerd-geneesmiddel', 'geregistreerd geneesmiddel', ['geregistreerde geneesmiddelen', 'niet-geregistreerd']),
  entry('ctla-4', 'CTLA-4', ['CTLA4', 'anti-CTLA4', 'anti-CTLA-4'], { caseSensitive: ['CTLA4'] }),
  entry('pd-1-remmer', 'PD-1-remmer', ['PD-1-remmers', 'anti-PD1', 'PD1-remmer']),
  entry('pd-1', 'PD-1', ['PD1']),
  entry('mek-remmer', 'MEK-remmer', ['MEK-remmers', 'MEK', 'MEK-eiwit'], { caseSensitive: ['MEK'] }),
  entry('tumor', 'tumor', ['tumoren']),
  entry('contra-indicatie', 'contra-indicatie'),
  entry('indicatie', 'indicatie'),
  entry('schildklier', 'schildklierfunctie', ['schildklier', 'schildklierwerking']),
  entry('internist-oncoloog', 'internist-oncoloog', ['oncoloog', 'internist-oncologen', 'oncologen']),
  entry('longarts', 'longarts', ['longartsen']),
  entry('ct-scan', 'CT-scan', ['CT-scans', 'controle-CT-scan']),
  entry('verpleegkundig-specialist', 'verpleegkundig specialist', ['verpleegkundig specialisten']),
  entry('verpleegkundige', 'verpleegkundige', ['verpleegkundigen']),
  entry('oncologieverpleegkundige', 'oncologieverpleegkundige'),
  entry('nivolumab', 'nivolumab', ['Opdivo']),
  entry('lareb', 'Lareb', ['lareb.nl']),
  entry('kuur', 'kuur', ['kuren'], { ambiguous: ['kuur', 'kuren'] }),
];
const index = buildTermIndex(glossary);
const found = (text: string) => findTerms(index, text).map((match) => `${match.id}:${match.text}`);

describe('marks in the right sense', () => {
  it.each([
    // S6: the opposite subtype is not explained as this one.
    ['Niet-plaveiselcel longkanker', []],
    ['bij niet-plaveiselcel longkanker en plaveiselcel longkanker', ['plaveiselcelcarcinoom:plaveiselcel longkanker']],
    ['Non-plaveiselcel longkanker', []],
    // The compound that is its own entry still wins as the longest form.
    ['niet-kleincellige longkanker', ['nsclc:niet-kleincellige longkanker']],
    // S7: "niet-geregistreerd" is not the registered medicine, with or without the noun.
    ['Een niet-geregistreerd middel.', []],
    ['Een niet-geregistreerd geneesmiddel.', []],
    ['Een geregistreerd geneesmiddel.', ['geregistreerd-geneesmiddel:geregistreerd geneesmiddel']],
    // S8: anti-CTLA4 is a medicine, not the protein.
    ['Anti-CTLA4 (ipilimumab)', []],
    ['behandeling met anti-CTLA-4', []],
    ['het eiwit CTLA-4', ['ctla-4:CTLA-4']],
    // anti-X that is listed as the medicine stays that medicine.
    ['anti-PD1', ['pd-1-remmer:anti-PD1']],
    // Other sense-changing first parts.
    ['een anti-tumor-middel', []],
    ['een contra-indicatie, geen indicatie', ['contra-indicatie:contra-indicatie', 'indicatie:indicatie']],
    ['een pseudo-tumor', []],
    ['een ex-longarts', []],
    // A first part that does not change the sense leaves the term alone; the compound is the mark.
    ['een long-tumor', ['tumor:long-tumor']],
    // The protein followed by the word for what blocks it is the medicine.
    ['een CTLA-4-remmer', []],
    ['CTLA-4 remmers', []],
    ['CTLA-4-blokkers en een PD-1-antistof', []],
    ['PD-1-remmende middelen', []],
    ['PD-1 remmers', ['pd-1-remmer:PD-1 remmers']],
    ['PD-1-remmer', ['pd-1-remmer:PD-1-remmer']],
    // Only the nouns bind over a space; a verb or a spaced adjective is prose about the protein.
    ['PD-1 remt de afweer', ['pd-1:PD-1']],
    ['een tumor remmende werking', ['tumor:tumor']],
    // The protein named in a remmer entry is not the remmer.
    ['Het MEK-eiwit en MEK zelf; een MEK-remmer.', ['mek-remmer:MEK-remmer']],
    // Closed compounds: the first part is not marked unless the compound is listed.
    ['schildklierkanker', []],
    ['tumorgrootte', []],
    ['longartsassistent', []],
    ['schildklierwerking', ['schildklier:schildklierwerking']],
    // Job titles inside job titles.
    ['de verpleegkundig specialist', ['verpleegkundig-specialist:verpleegkundig specialist']],
    ['de verpleegkundig specialisten', ['verpleegkundig-specialist:verpleegkundig specialisten']],
    ['de verpleegkundige', ['verpleegkundige:verpleegkundige']],
    ['de oncologieverpleegkundige', ['oncologieverpleegkundige:oncologieverpleegkundige']],
    ['de internist-oncoloog', ['internist-oncoloog:internist-oncoloog']],
    ['de internist-oncologen', ['internist-oncoloog:internist-oncologen']],
    ['de oncoloog', ['internist-oncoloog:oncoloog']],
    ['de radiotherapeut-oncoloog', []],
    ['de longarts-oncoloog', ['longarts:longarts']],
    ['de kinderoncoloog', []],
    // Only a term that is itself a compound has sibling compounds: a thorax-CT-scan is a CT-scan.
    ['een thorax-CT-scan en een controle-CT-scan', ['ct-scan:thorax-CT-scan', 'ct-scan:controle-CT-scan']],
  ])('%j → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['https://www.kanker.nl/nivolumab', []],
    ['Zie https://example.org/pad?term=nivolumab#Opdivo.', []],
    ['Lees www.kanker.nl/nivolumab.', []],
    ['(zie kanker.nl/nivolumab)', []],
    ['Mail nivolumab@ziekenhuis.nl of tumor.info@zorg.nl.', []],
    ['Meld het op lareb.nl', []],
    ['ftp://tumor.example/files', []],
    ['mailto:tumor@example.org', []],
    // Prose around the address is still read.
    ['Over nivolumab: zie www.kanker.nl/nivolumab, daarna Opdivo.', ['nivolumab:nivolumab', 'nivolumab:Opdivo']],
    // Punctuation and missing spaces are not addresses.
    ['nivolumab/Opdivo', ['nivolumab:nivolumab', 'nivolumab:Opdivo']],
    ['Na nivolumab.Daarna Opdivo.', ['nivolumab:nivolumab', 'nivolumab:Opdivo']],
    ['tumor, o.a. nivolumab.', ['tumor:tumor', 'nivolumab:nivolumab']],
    ['Bijwerking? Bel Lareb.', ['lareb:Lareb']],
  ])('never inside a printed address: %j → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('names the forms that contradict their own entry', () => {
    const contradicting = (id: string) => {
      const { term, aliases } = glossary.find((candidate) => candidate.id === id)!;
      return [...selfContradictingForms([term, ...aliases])];
    };
    expect(contradicting('geregistreerd-geneesmiddel')).toEqual(['niet-geregistreerd']);
    expect(contradicting('ctla-4')).toEqual(['anti-CTLA4', 'anti-CTLA-4']);
    expect(contradicting('mek-remmer')).toEqual(['MEK', 'MEK-eiwit']);
    expect(contradicting('pd-1-remmer')).toEqual([]);
    expect(contradicting('nsclc')).toEqual([]);
  });
});
