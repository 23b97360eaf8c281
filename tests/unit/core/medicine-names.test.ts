import { describe, expect, it } from 'vitest';
import { looksLikeMedicineName, MedicineLookAlikes } from '../../../core/search/medicine-names';

describe('looksLikeMedicineName', () => {
  it('knows a medicine by its ending, not a short or everyday word', () => {
    expect(['encorafenib', 'osimertinib', 'avelumab', 'olaparib', 'adagrasib'].every(looksLikeMedicineName)).toBe(true);
    expect(['mab', 'bijwerking', 'tumor'].some(looksLikeMedicineName)).toBe(false);
  });
});

describe('MedicineLookAlikes', () => {
  const medicines = new MedicineLookAlikes(
    new Map([
      ['vemurafenib', 0],
      ['zelboraf', 0],
      ['dabrafenib', 1],
      ['tafinlar', 1],
      ['carboplatin', 2],
    ]),
  );

  it('offers the medicines whose name looks alike, closest first, each once', () => {
    expect(medicines.suggest('encorafenib')).toEqual([0, 1]);
  });

  it('offers none when only an ending is shared', () => {
    expect(medicines.suggest('lorlatinib')).toEqual([]);
  });
});
