import { describe, expect, it } from 'vitest';
import { answerPreview } from '../../../components/popup/answer-preview';
import { coveredSources } from '../../../components/popup/SearchNotices';
import { loadContent } from '../../../core/data/content';

describe('answerPreview', () => {
  it('keeps a short first paragraph whole and leaves the rest for "Lees meer"', () => {
    expect(answerPreview('Bel meteen je arts.\n\nDaarna meer uitleg.')).toBe('Bel meteen je arts.');
  });

  it('cuts a long paragraph after the last whole sentence that fits', () => {
    const text = `${'Een zin van twintig tekens. '.repeat(9)}Slot.`;
    const preview = answerPreview(text, 60);
    expect(preview).toBe('Een zin van twintig tekens. Een zin van twintig tekens.');
  });

  it('cuts a paragraph without a sentence end after a whole word, marked with …', () => {
    expect(answerPreview('woord '.repeat(50), 20)).toBe('woord woord woord…');
  });

  it('drops list markers from a first paragraph that is a list', () => {
    expect(answerPreview('- moeheid\n- jeuk')).toBe('moeheid jeuk');
  });
});

describe('coveredSources', () => {
  it('names the sources the answers come from, with their year where the page shows one', () => {
    // The two seed folders, and the pages the issue #16 questions cite (with the year where one is shown).
    expect(coveredSources(loadContent())).toEqual([
      'Longkanker Nederland (2023)',
      'Stichting Melanoom (2017)',
      'Stichting tegen Kanker (kanker.be)',
      'Longkankercentrum Harderwijk (ziekenhuis St Jansdal)',
      'UMCG',
      'Universitair Ziekenhuis Antwerpen (UZA)',
      'Antoni van Leeuwenhoek',
      'Ziekenhuis Bernhoven',
      // The reach4 question on choosing a hospital (kanker.nl, February 2019).
      'kanker.nl (2019)',
      // The reach5 question on placebos in studies (undated page).
      'Kom op tegen Kanker (allesoverkanker.be)',
      // The reach5 question on a second opinion (kanker.nl, undated page).
      'kanker.nl',
      // The reach6 questions on the medication overview and on 'uitbehandeld' (undated pages).
      'Apotheek Maastricht UMC+',
      'Hematon (patiëntenorganisatie)',
      // The reach8 question on the day unit (undated pages).
      'Radboudumc',
      'Sint-Jozefskliniek Izegem',
    ]);
  });
});
