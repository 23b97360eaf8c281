import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';

const content = loadContent();

/** Medicine names (terms and aliases of medicine entries): long words no reader can be spared. */
const medicineNames = new Set(
  content.glossary.filter((entry) => entry.category === 'medicijn').flatMap((entry) => [entry.term, ...entry.aliases].map((form) => form.toLowerCase())),
);

/** Syllables of a Dutch word, counted as groups of vowels ("oe", "ij", "aa" are one). */
function syllables(word: string): number {
  return Math.max(1, word.match(/[aeiouyáéíóúàèëïöüäâêîôû]+/g)?.length ?? 0);
}

/**
 * Flesch-Douma, the Dutch reading ease: 206.835 − 0.93 × words per sentence − 77 × syllables per
 * word. 60 and more reads as plain language. Medicine names and bare numbers are left out.
 */
function fleschDouma(text: string): number {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '');
  const words = (text.toLowerCase().match(/[\p{L}\d-]+/gu) ?? []).filter((word) => !/^[\d-]+$/.test(word) && !medicineNames.has(word));
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return 206.835 - 0.93 * (words.length / sentences.length) - 77 * (syllableCount / words.length);
}

/** Entries written or rewritten for issue #16 (medicines); the B1 bar applies to each one. */
const MEDICINE_ENTRIES = [
  'egfr-remmer', 'gefitinib', 'erlotinib', 'afatinib', 'osimertinib', 'alk-remmer', 'crizotinib', 'alectinib', 'ceritinib',
  'lorlatinib', 'encorafenib', 'binimetinib', 'gemcitabine', 'relatlimab', 'selpercatinib', 'brigatinib', 'sotorasib', 'vinorelbine', 'etoposide', 'platina', 'dabrafenib', 'trametinib', 'vemurafenib',
  'cobimetinib',
];

/** Entries for issue #16 part B (scans, tests, outcomes), appended by branch reach-terms. */
const TERM_ENTRIES = ['pet-scan', 'biopsie', 'bronchoscopie', 'remissie', 'recidief', 'adjuvant', 'curatief'];

/** Entries for issue #16 part C (immune side effects, outcomes, scans, specialists), branch reach-more. */
const MORE_ENTRIES = ['hypofysitis', 'mri-scan', 'neoadjuvant', 'overleving', 'bloedonderzoek', 'pseudoprogressie'];

/** Entries for issue #16 from lung and melanoma pages patients read (targeted therapy, melanoma surgery, TIL), branch reach. */
const REACH_ENTRIES = [
  'translocatie', 'ros1', 'expertisecentrum', 'dna-onderzoek', 'schildwachtklier', 're-excisie', 'lymfeklierdissectie',
  'ledemaatperfusie', 'in-transit-uitzaaiing', 'satellietuitzaaiing', 'ldh', 'til-therapie', 'breslow-dikte', 'lymfoedeem',
  'entrectinib', 'tebentafusp', 'myocarditis', 'resistentie', 'tyrosinekinaseremmer', 'progressie',
];

/** Entries for issue #16 from medicine texts, hospital pages on scans and tests, and more (branch reach3). */
const REACH3_ENTRIES = [
  'capmatinib', 'larotrectinib', 'nintedanib', 'ramucirumab', 'docetaxel', 'topotecan', 'respons', 'botscan', 'ebus',
  'echografie', 'punctie', 'thyreoiditis', 'apotheker',
];

/** Entries for issue #16 from a Horizonscan medicine page and hospital and kanker.nl pages (branch reach4). */
const REACH4_ENTRIES = ['tepotinib', 'huisarts', 'excisie', 'prognose', 'longfoto', 'longfunctieonderzoek', 'vloeibare-biopsie', 'tumormarker', 'zorgpad', 'volumenorm', 'biomarker'];

/** Entries for issue #16 from hospital pages on fast diagnosis and the words of the care path, Kom op tegen Kanker on study designs and Stichting Melanoom's questions (branch reach5). */
const REACH5_ENTRIES = ['sneldiagnostiek', 'uitslaggesprek', 'polikliniek', 'hartfilmpje', 'laboratoriumonderzoek', 'kortademigheid', 'heesheid', 'marge', 'placebo', 'randomisatie', 'dubbelblind', 'ulceratie', 'dermatoscoop', 'abcde-regel', 'second-opinion', 'studiefase', 'mortaliteit', 'bronchus', 'mediastinum'];

/** Entries for issue #16 from a hospital pharmacy, UZ Leuven on chemotherapy, a Tergooi lung nurse and Kom op tegen Kanker, Hematon and Harteraad (branch reach6). */
const REACH6_ENTRIES = ['medicatieoverzicht', 'cyclus', 'longverpleegkundige', 'maligniteit', 'cetuximab', 'uitbehandeld', 'shared-decision-making', 'carcinoom', 'thorax', 'resectie'];

/** Entries for issue #16 from a guideline module on chemoradiotherapy, hospital pages on immune side effects, the day unit and scans (branch reach8). */
const REACH8_ENTRIES = ['checkpointremmer', 'chemoradiotherapie', 'uveitis', 'diabetes-type-1', 'pancreatitis', 'encefalitis', 'bijnierschorsinsufficientie', 'dagbehandeling', 'intraveneus', 'beeldvormend-onderzoek', 'guillain-barre-syndroom', 'perforatie', 'primaire-tumor', 'kras', 'mesothelioom', 'lobectomie', 'port-a-cath', 'hypothyreoidie', 'hyperthyreoidie', 'ret-fusie', 'ntrk-genfusie', 'metex14-skipping', 'grootcellig-carcinoom', 'pleuravocht', 'pleura', 'neutropenie', 'mediastinoscopie', 'vats', 'thoracotomie', 'longkwab'];

/** Entries for issue #16 from Farmacotherapeutisch Kompas texts, NVMO-commissie BOM advice and hospital pages (branch reach9). */
const REACH9_ENTRIES = ['dacomitinib', 'pralsetinib', 'trastuzumab-deruxtecan', 'amivantamab', 'pneumonectomie', 'next-generation-sequencing', 'melanocyt', 'her2', 'rats', 'stereotactische-bestraling'];

/** Entries for issue #16 from a kanker.nl page on the cancer registry, found unmarked on news about targeted therapy (branch reach10). */
const REACH10_ENTRIES = ['kankerregistratie'];

/** Entries for issue #16 from an IKNL page on lung cancer survival, Kom op tegen Kanker and a patient organisation's page, words found unmarked on news and hospital pages about targeted therapy (branch reach11). */
const REACH11_ENTRIES = ['mediane-overleving', 'tumorgroeiremmer', 'angiogeneseremmer', 'mutatie'];
/** Branch reach12: small molecules, dendritic cell vaccination, the schildwachtklier with its names on the NWZ page, thrombosis and the molecular tumour board. */
const REACH12_ENTRIES = ['small-molecules', 'dendritische-celvaccinatie', 'schildwachtklier', 'trombose', 'moleculaire-tumorboard'];
/** Branch reach13: brachytherapy and radiation pneumonitis (Kom op tegen Kanker on radiotherapy for lung cancer), tumour-agnostic medicines (Zorginstituut), the drain after lung surgery (Amsterdam UMC) and prednison for immune side effects (Amphia). */
const REACH13_ENTRIES = ['brachytherapie', 'radiopneumonie', 'tumor-agnostisch', 'drain', 'prednison'];

describe('reading ease (B1)', () => {
  it('scores a plain text high and a dense one low (the formula works)', () => {
    expect(fleschDouma('Je krijgt een pil. Die slik je elke dag.')).toBeGreaterThan(90);
    expect(fleschDouma('Gemetastaseerde niet-kleincellige longcarcinomen vereisen moleculaire diagnostiek voorafgaand aan systemische behandeling.')).toBeLessThan(0);
  });

  it('leaves medicine names out of the score', () => {
    expect(fleschDouma('Je krijgt osimertinib.')).toBe(fleschDouma('Je krijgt.'));
  });

  it.each([...MEDICINE_ENTRIES, ...TERM_ENTRIES, ...MORE_ENTRIES, ...REACH_ENTRIES, ...REACH3_ENTRIES, ...REACH4_ENTRIES, ...REACH5_ENTRIES, ...REACH6_ENTRIES, ...REACH8_ENTRIES, ...REACH9_ENTRIES, ...REACH10_ENTRIES, ...REACH11_ENTRIES, ...REACH12_ENTRIES, ...REACH13_ENTRIES])('explains %s at Flesch-Douma 60 or more', (id) => {
    const entry = content.glossary.find((candidate) => candidate.id === id);
    expect(entry, id).toBeDefined();
    expect(fleschDouma(entry!.explanation)).toBeGreaterThanOrEqual(60);
  });
});
