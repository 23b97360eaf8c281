import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../core/data/content';
import { findTerms } from '../../../core/finder/find-terms';
import { buildTermIndex } from '../../../core/finder/term-index';
import { createSearcher } from '../../../core/search/search';

const index = buildTermIndex(loadContent().glossary);
const found = (text: string) => findTerms(index, text).map((match) => `${match.id}:${match.text}`);

/**
 * What a Dutch reader takes each compound to be, written from the language (the last part is the
 * head and says what the whole is), not from the finder's output.
 */
describe('Dutch compounds built on a term', () => {
  it.each([
    // Closed compounds whose head is an unambiguous term: the whole word is the mark.
    ['Er zijn botuitzaaiingen gevonden.', ['uitzaaiing:botuitzaaiingen']],
    ['Een leveruitzaaiing is zichtbaar.', ['uitzaaiing:leveruitzaaiing']],
    ['Zij kreeg tweedelijnschemotherapie.', ['chemotherapie:tweedelijnschemotherapie']],
    ['Na de kankerimmuuntherapie ging het beter.', ['immuuntherapie:kankerimmuuntherapie']],
    ['De longtumoren groeiden niet.', ['tumor:longtumoren']],
    ['Een thoraxbestraling volgde.', ['radiotherapie:thoraxbestraling']],
    ['De kinderneuroloog keek mee.', ['neuroloog:kinderneuroloog']],
    // Hyphenated: the whole compound is the mark too.
    ['Er zijn long-uitzaaiingen.', ['uitzaaiing:long-uitzaaiingen']],
    ['Een bot-uitzaaiing doet pijn.', ['uitzaaiing:bot-uitzaaiing']],
    // A soft hyphen inside a long word does not split the compound.
    ['Er zijn bot\u00aduitzaaiingen.', ['uitzaaiing:bot\u00aduitzaaiingen']],
    // A compound listed as its own entry stays that entry.
    ['Zij heeft hersenuitzaaiingen.', ['hersenuitzaaiing:hersenuitzaaiingen']],
    // The head decides: these end in a word that is not a term.
    ['Een longkankerpatiënt wacht.', []],
    ['De chemotherapiedag is lang.', []],
    ['De behandelingsduur is zes weken.', []],
    ['De tumorgrootte is gemeten.', []],
    // A first part that changes the sense: not the term (neoadjuvant is its own entry, never adjuvant).
    ['Een neoadjuvant schema.', ['neoadjuvant:neoadjuvant']],
    ['De boomchirurg snoeit de eik.', []],
    ['Het raketafweersysteem werkt.', []],
    // A generic word inside a term is no term: fysiotherapie is not chemotherapy.
    ['Na de fysiotherapie en ergotherapie.', []],
    // Case-sensitive short names never end a closed word.
    ['Boven de akker cirkelde een torenvalk.', []],
    // The head of the entry's own hyphenated term names someone else after another first part.
    ['De kinderoncoloog belde.', []],
    // A cycle of the body or of life is no round of a treatment, even next to a medical word (branch reach6).
    ['Door de chemotherapie raakte haar menstruatiecyclus van slag.', ['chemotherapie:chemotherapie']],
    ['Cetuximab remt de celcyclus niet; de levenscyclus en slaapcyclus ook niet.', ['cetuximab:Cetuximab']],
    ['Na de tweede chemocyclus met cisplatine.', ['cyclus:chemocyclus', 'platina:cisplatine']],
    // The same cycles with the first part written apart, or after "menstruele": still no round of a
    // treatment (branch reach12; the Borstkanker Vereniging page on angiogenesis had "de menstruele cyclus").
    ['Tijdens de chemotherapie kan de menstruele cyclus onregelmatig worden.', ['chemotherapie:chemotherapie']],
    ['Chemotherapie kan je menstruele cycli verstoren.', ['chemotherapie:Chemotherapie']],
    ['Door de chemotherapie raakte haar menstruatie cyclus van slag.', ['chemotherapie:chemotherapie']],
    ['Na nivolumab was zijn slaap cyclus van slag.', ['nivolumab:nivolumab']],
    ['Een tumor groeit niet zonder bloedvaten; ook de menstruele\ncyclus heeft ze nodig.', ['tumor:tumor']],
    // A round of a treatment stays one, also where a word before it is an adjective or a cycle of the body is near.
    ['De eerste cyclus chemotherapie begint maandag.', ['cyclus:cyclus', 'chemotherapie:chemotherapie']],
    ['Na twee cycli kijkt de longarts of de tumor kleiner is.', ['cyclus:cycli', 'longarts:longarts', 'tumor:tumor']],
    ['Elke cyclus duurt drie weken; na de derde cyclus volgt een CT-scan.', ['cyclus:cyclus', 'cyclus:cyclus', 'ct-scan:CT-scan']],
    ['Je krijgt de chemotherapie in een maandelijkse cyclus.', ['chemotherapie:chemotherapie', 'cyclus:cyclus']],
    ['Dit gaat over de menstruele fase. Cyclus 2 van de chemotherapie begint morgen.', ['cyclus:Cyclus', 'chemotherapie:chemotherapie']],
    // The other first parts written apart: air defence is no immune system, a T-cell response no tumour response, a sleep cure no treatment round.
    ['De lucht afweer schoot op de drone; na nivolumab werkte zijn afweer weer.', ['nivolumab:nivolumab', 'afweersysteem:afweer']],
    ['De T-cel respons op het vaccin werd gemeten, maar de tumor reageerde niet op nivolumab.', ['t-cel:T-cel', 'tumor:tumor', 'nivolumab:nivolumab']],
    ['Een slaap kuur in de kliniek, daarna nivolumab.', ['nivolumab:nivolumab']],
    // Only forms that are also everyday words: a carcinoom after "cel" written apart stays a carcinoom.
    ['Bij kleine cel carcinoom volgt chemotherapie.', ['carcinoom:carcinoom', 'chemotherapie:chemotherapie']],
    // Words on "uur" are hours, not a kuur, even next to a medical word (the Tergooi page on its lung nurse).
    ['Op het spreekuur van de longverpleegkundige, buiten de werkuren en piekuren, na de chemokuur.', ['longverpleegkundige:longverpleegkundige', 'chemotherapie:chemokuur']],
    ['De spreekuren van de longarts.', ['longarts:longarts']],
  ])('%j → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a bank page', 'De nieuwe betaalrichtlijn geldt voor elke overboeking. Bekijk de rekeningmutaties.'],
    ['a wellness page', 'Boek een detoxkuur of een sapkuur in ons kuuroord. Twee detox-kuren voor één prijs.'],
    ['a game', 'In dit spelstadium krijg je extra punten.'],
    ['a shop', 'Ons eindstadium-uitverkoop begint morgen.'],
  ])('leaves ambiguous heads unmarked without medical context: %s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Na de derde antibiotica-kuur en nivolumab.', ['kuur:antibiotica-kuur', 'nivolumab:nivolumab']],
    ['De immuuntherapiekuur met nivolumab.', ['kuur:immuuntherapiekuur', 'nivolumab:nivolumab']],
    ['Een eindstadium van longkanker na pembrolizumab.', ['stadium:eindstadium', 'pembrolizumab:pembrolizumab']],
    ['De longkankerrichtlijn noemt pembrolizumab.', ['behandelrichtlijn:longkankerrichtlijn', 'pembrolizumab:pembrolizumab']],
  ])('marks ambiguous heads next to a medical term: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a compound typed in the search', () => {
  const searcher = createSearcher(loadContent());
  it.each([
    ['botuitzaaiingen', 'uitzaaiing'],
    ['tweedelijnschemotherapie', 'chemotherapie'],
    ['kankerimmuuntherapie', 'immuuntherapie'],
    ['longtumoren', 'tumor'],
  ])('finds the head of %j first', (query, id) => {
    expect(searcher.search(query)[0]).toMatchObject({ type: 'term', id, via: query });
  });

  it.each(['longkankerpatiënt', 'fysiotherapie', 'betaalrichtlijn', 'boomchirurg'])('finds no term for %j', (query) => {
    expect(searcher.search(query).filter((result) => result.type === 'term' && result.match === 'alias')).toEqual([]);
  });
});

describe('the scan, test and outcome terms of issue #16', () => {
  const content = loadContent();
  const searcher = createSearcher(content);
  it.each([
    ['PET-scan', 'pet-scan', 'exact'],
    ['pet scan', 'pet-scan', 'exact'],
    ['PET-CT', 'pet-scan', 'alias'],
    ['biopsie', 'biopsie', 'exact'],
    ['biopt', 'biopsie', 'alias'],
    ['longbiopsie', 'biopsie', 'alias'],
    ['bronchoscopie', 'bronchoscopie', 'exact'],
    ['remissie', 'remissie', 'exact'],
    ['recidief', 'recidief', 'exact'],
    ['adjuvante behandeling', 'adjuvant', 'exact'],
    ['adjuvant', 'adjuvant', 'alias'],
    ['curatief', 'curatief', 'exact'],
    ['curatieve behandeling', 'curatief', 'alias'],
  ])('the search finds %j as %s first', (query, id, match) => {
    expect(searcher.search(query)[0]).toMatchObject({ type: 'term', id, match });
  });

  it.each([
    ['weefselonderzoek', 'biopsie'],
    ['kijkonderzoek longen', 'bronchoscopie'],
    ['mijn kanker is terug', 'recidief'],
    ['kankervrij', 'remissie'],
  ])('leads what patients write, %j, to %s', (query, id) => {
    expect(searcher.search(query)[0]).toMatchObject({ type: 'term', id, match: 'everyday' });
  });

  it.each([
    ['Na de PET-CT en een longbiopsie bleek de tumor in remissie.', ['pet-scan:PET-CT', 'biopsie:longbiopsie', 'tumor:tumor', 'remissie:remissie']],
    ['Een naaldbiopsie na de bronchoscopie.', ['biopsie:naaldbiopsie', 'bronchoscopie:bronchoscopie']],
    ['Helaas een recidief na twee jaar.', ['recidief:recidief']],
    ['Na de operatie volgt adjuvante immuuntherapie.', ['operatie:operatie', 'adjuvant:adjuvante immuuntherapie']],
    ['De behandeling is niet-curatief, eerder was ze curatief.', ['niet-curatief:niet-curatief', 'curatief:curatief']],
    // Neoadjuvant (before the operation) is never marked as adjuvant (after it); part C gives it an entry of its own.
    ['Neoadjuvante en neo-adjuvante behandeling met pembrolizumab.', ['neoadjuvant:Neoadjuvante', 'neoadjuvant:neo-adjuvante behandeling', 'pembrolizumab:pembrolizumab']],
  ])('marks %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('leaves "terugval" in a text about sport alone', () => {
    expect(found('Na de zomer volgde een terugval in de competitie.')).toEqual([]);
  });
});

describe('the side effect, outcome, scan and specialist terms of issue #16 part C', () => {
  const content = loadContent();
  const searcher = createSearcher(content);
  it.each([
    ['hypofysitis', 'hypofysitis', 'exact'],
    ['ontsteking van de hypofyse', 'hypofysitis', 'alias'],
    // The names doctors write for the immune side effects lead to the entries in plain words.
    ['colitis', 'darmontsteking', 'alias'],
    ['pneumonitis', 'longontsteking', 'alias'],
    ['hepatitis', 'leverontsteking', 'alias'],
    ['nefritis', 'nierontsteking', 'alias'],
    ['MRI-scan', 'mri-scan', 'exact'],
    ['MRI', 'mri-scan', 'alias'],
    ['mri scan', 'mri-scan', 'exact'],
    ['neoadjuvante behandeling', 'neoadjuvant', 'exact'],
    ['neoadjuvant', 'neoadjuvant', 'alias'],
    ['neo-adjuvante chemotherapie', 'neoadjuvant', 'alias'],
    ['overleving', 'overleving', 'exact'],
    ['5-jaarsoverleving', 'overleving', 'alias'],
    ['vijfjaarsoverleving', 'overleving', 'alias'],
    ['bloedonderzoek', 'bloedonderzoek', 'exact'],
    ['bloedprikken', 'bloedonderzoek', 'alias'],
    ['pseudoprogressie', 'pseudoprogressie', 'exact'],
    ['pseudo-progressie', 'pseudoprogressie', 'exact'],
  ])('the search finds %j as %s first', (query, id, match) => {
    expect(searcher.search(query)[0]).toMatchObject({ type: 'term', id, match });
  });

  it.each([
    ['Na de ipilimumab kreeg hij een hypofysitis.', ['ipilimumab:ipilimumab', 'hypofysitis:hypofysitis']],
    ['Door de nivolumab ontstond een hepatitis en later een nefritis.', ['nivolumab:nivolumab', 'leverontsteking:hepatitis', 'nierontsteking:nefritis']],
    ['Op de MRI van de hersenen zag de radioloog niets.', ['mri-scan:MRI van de hersenen', 'radioloog:radioloog']],
    ['Bij longkanker is de 5-jaarsoverleving laag.', ['overleving:5-jaarsoverleving']],
    ['De overleving na immuuntherapie bij melanoom is gestegen.', ['overleving:overleving', 'immuuntherapie:immuuntherapie', 'melanoom:melanoom']],
    ['Voor elke kuur immuuntherapie volgt een bloedonderzoek.', ['kuur:kuur', 'immuuntherapie:immuuntherapie', 'bloedonderzoek:bloedonderzoek']],
    ['Na 12 weken pembrolizumab zag de arts pseudoprogressie.', ['pembrolizumab:pembrolizumab', 'pseudoprogressie:pseudoprogressie']],
    // A blood test for a sports club or a pet is no cancer blood test.
    ['De sportarts liet een bloedonderzoek doen voor de marathon.', []],
    // "overleving" is also an everyday word: unmarked without medical context.
    ['Het spel draait om overleving in de wildernis.', []],
    ['De bedrijfsoverleving na de crisis was lastig.', []],
    ['Eerst neoadjuvante immuuntherapie, daarna adjuvante immuuntherapie.', ['neoadjuvant:neoadjuvante immuuntherapie', 'adjuvant:adjuvante immuuntherapie']],
  ])('marks %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
