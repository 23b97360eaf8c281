import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import { findTerms } from '../../../core/finder/find-terms';
import { buildTermIndex } from '../../../core/finder/term-index';

const index = buildTermIndex(loadContent().glossary);
const ids = (text: string) => findTerms(index, text).map((match) => match.id);

describe('the real glossary on everyday text', () => {
  it.each([
    ['a bird', 'Boven de akker cirkelde een valk.'],
    ['kittens', 'De kitten speelt met een bolletje wol. Kittens slapen veel.'],
    ['a bank statement', 'Bekijk de mutaties op je rekening. Elke mutatie staat in het overzicht.'],
    ['a wellness weekend', 'Boek nu een detox kuur in onze wellness. Twee kuren voor de prijs van één.'],
    ['football', 'Het stadion zat vol. In dit stadium van de competitie telt elk punt.'],
    ['traffic rules', 'Volgens de richtlijn moet je rechts houden.'],
    ['a chemistry lesson', 'Bij chemie leer je over platina en andere metalen.'],
    ['a car', 'Mijn auto heeft een kit van de fabriek en een alk-laag.'],
  ])('marks nothing in %s', (_what, text) => {
    expect(ids(text)).toEqual([]);
  });

  it('marks the same everyday words in a text about treatment', () => {
    expect(ids('Na de tweede kuur nivolumab zag de longarts een mutatie in stadium 4.')).toEqual(
      expect.arrayContaining(['kuur', 'nivolumab', 'longarts', 'mutatie', 'stadium']),
    );
  });

  it('finds Dutch plural and compound forms', () => {
    expect(ids('PD-1-remmers, BRAF-genmutatie, EGFR-mutaties, T-cellen en uitzaaiingen.')).toEqual([
      'pd-1-remmer',
      'braf',
      'egfr',
      't-cel',
      'uitzaaiing',
    ]);
  });

  it.each([
    ['Niet-plaveiselcel longkanker', 'plaveiselcelcarcinoom'],
    ['gemetastaseerd niet-plaveiselcel niet-kleincellige longkanker', 'plaveiselcelcarcinoom'],
    ['Een niet-geregistreerd geneesmiddel via nivolumab-studies.', 'geregistreerd-geneesmiddel'],
    ['Anti-CTLA4 (ipilimumab) werkt anders dan anti-CTLA-4-remmers.', 'ctla-4'],
    ['Een CTLA-4-remmer als ipilimumab.', 'ctla-4'],
    ['De radiotherapeut-oncoloog bestraalt.', 'internist-oncoloog'],
  ])('never explains %j as %s, the opposite or another sense', (text, wrongId) => {
    expect(ids(text)).not.toContain(wrongId);
  });

  it('never marks inside the printed addresses of a page about treatment', () => {
    const text = 'Over nivolumab: kijk op kanker.nl/nivolumab, https://www.lareb.nl/immuuntherapie of mail longarts@ziekenhuis.nl.';
    expect(findTerms(index, text).map((match) => match.text)).toEqual(['nivolumab']);
  });

  it('finds diacritics with and without: steroïden and steroiden', () => {
    expect(ids('steroïden of steroiden')).toEqual(['steroiden', 'steroiden']);
  });
});
