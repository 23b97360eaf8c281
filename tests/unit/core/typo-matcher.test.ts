import { describe, expect, it } from 'vitest';
import { TypoMatcher } from '../../../core/search/typo-matcher';

describe('TypoMatcher', () => {
  const names = new TypoMatcher(['nivolumab', 'durvalumab', 'cobimetinib', 'immunotherapie', 'immuuntherapie', 'tumor', 'carboplatin']);

  it('corrects a typo of a whole name, a swap of two letters included', () => {
    expect(names.correct('nivolumap')).toBe('nivolumab');
    expect(names.correct('nivolumba')).toBe('nivolumab');
    expect(names.correct('tuomr')).toBe('tumor');
  });

  it('takes the name with the fewest changed letters: one in immuuntherapie, two in immunotherapie', () => {
    expect(names.correct('imumuntherapie')).toBe('immuuntherapie');
  });

  it('does not take a word that is only part of a name, nor another medicine of the family', () => {
    expect(names.correct('lumab')).toBeUndefined(); // inside nivolumab, but four letters short
    expect(names.correct('binimetinib')).toBeUndefined(); // three letters from cobimetinib
  });

  it('never corrects a short word', () => {
    expect(new TypoMatcher(['egfr', 'alk']).correct('egfk')).toBeUndefined();
  });

});
