import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../core/data/types';
import { findAllForms, findTerms } from '../../../core/finder/find-terms';
import { buildTermIndex } from '../../../core/finder/term-index';

function entry(id: string, term: string, aliases: string[], extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    term,
    aliases,
    caseSensitive: [],
    ambiguous: [],
    category: 'begrip',
    short: 'Korte uitleg.',
    explanation: 'Uitleg.',
    sources: [{ source: 'lkn-immuuntherapie', section: 'Wat is immuuntherapie?' }],
    related: [],
    ...extra,
  };
}

const index = buildTermIndex([
  entry('pd-l1', 'PD-L1', ['PDL1']),
  entry('pd-1', 'PD-1', ['PD1']),
  entry('pd-1-remmer', 'PD-1-remmer', ['PD-1-remmers', 'anti-PD1']),
  entry('alk', 'ALK', ['ALK-mutatie'], { caseSensitive: ['ALK', 'ALK-mutatie'] }),
  entry('c-kit', 'c-Kit', ['KIT'], { caseSensitive: ['KIT'] }),
  entry('steroiden', 'steroïden', ['corticosteroïden']),
  entry('t-cel', 'T-cel', ['T-cellen']),
  entry('nsclc', 'niet-kleincellige longkanker', ['NSCLC']),
  entry('sclc', 'kleincellige longkanker', ['SCLC']),
  entry('lokaal-gevorderd', 'lokaal gevorderd', ['(lokaal) gevorderd']),
  entry('mutatie', 'mutatie', ['mutaties'], { ambiguous: ['mutatie', 'mutaties'] }),
  entry('kuur', 'kuur', ['kuren'], { ambiguous: ['kuur', 'kuren'] }),
  entry('nivolumab', 'nivolumab', ['Opdivo']),
  entry('uitzaaiing', 'uitzaaiing', []),
]);

const ids = (text: string) => findTerms(index, text).map((match) => match.id);
const texts = (text: string) => findTerms(index, text).map((match) => match.text);

describe('findTerms', () => {
  it.each([
    ['De tumor maakt PD-L1 aan.', ['PD-L1']],
    ['De tumor maakt PD L1 aan.', ['PD L1']],
    ['De tumor maakt PDL1 aan.', ['PDL1']],
    ['De tumor maakt pd‑l1 aan.', ['pd‑l1']],
    ['Ze krijgt PD-1-remmers en anti-PD1.', ['PD-1-remmers', 'anti-PD1']],
    ['Ze krijgt PD-1 remmers.', ['PD-1 remmers']],
    ['Na steroiden en corticosteroïden.', ['steroiden', 'corticosteroïden']],
    ['STEROÏDEN helpen.', ['STEROÏDEN']],
    ['De T-cellen vallen aan.', ['T-cellen']],
    ['Bij niet-kleincellige longkanker en kleincellige longkanker.', ['niet-kleincellige longkanker', 'kleincellige longkanker']],
    ['Bij niet kleincellige longkanker.', ['niet kleincellige longkanker']],
    ['(lokaal) gevorderde ziekte met nivolumab', ['lokaal) gevorderde', 'nivolumab']],
    ['Veel uitzaaiingen na Opdivo.', ['uitzaaiingen', 'Opdivo']],
    ['De Opdivo’s en nivolumab’s', ['Opdivo’s', 'nivolumab’s']],
  ])('finds the terms in %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('reports offsets that slice back to the found text', () => {
    const text = 'Eerst chemo, dan nivolumab (Opdivo) tegen PD-L1.';
    for (const match of findTerms(index, text)) expect(text.slice(match.start, match.end)).toBe(match.text);
    expect(findTerms(index, text).map((match) => match.start)).toEqual([17, 28, 42]);
  });

  it('takes the longest form first and never overlaps', () => {
    expect(ids('PD-1-remmer')).toEqual(['pd-1-remmer']);
    expect(ids('PD-1 is een eiwit')).toEqual(['pd-1']);
    expect(ids('niet-kleincellige longkanker')).toEqual(['nsclc']);
  });

  it.each([
    ['De valk vloog weg.'],
    ['Een kitten speelt.'],
    ['Het kit van de fiets.'],
    ['Alk is geen woord.'],
    ['PD-10 is iets anders.'],
    ['nivolumabX is geen woord.'],
    ['Xnivolumab ook niet.'],
    ['De kuuren zijn geen woord.'],
  ])('finds nothing in %j', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('matches acronyms only in their exact case', () => {
    expect(ids('Een ALK-mutatie en een KIT-mutatie.')).toEqual(['alk', 'c-kit', 'mutatie']);
    expect(ids('Een alk-mutatie en een kit.')).toEqual([]);
  });

  it('marks everyday words only next to unambiguous medical terms', () => {
    expect(ids('De bank verwerkt alle mutaties op je rekening.')).toEqual([]);
    expect(ids('Een wellness kuur van drie dagen.')).toEqual([]);
    expect(ids('Na de tweede kuur nivolumab bleek een mutatie.')).toEqual(['kuur', 'nivolumab', 'mutatie']);
    expect(findAllForms(index, 'Een kuur.')[0]).toMatchObject({ id: 'kuur', ambiguous: true });
  });

  it('handles words in other scripts and invisible characters safely', () => {
    expect(ids('Ниволумаб, nivo­lumab en 😀 nivolumab.')).toEqual(['nivolumab', 'nivolumab']);
    expect(ids('')).toEqual([]);
  });
});
