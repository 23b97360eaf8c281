/** Word lists and rules of the search that are about Dutch and about safety, not about the content. */

/** Words that say nothing about the subject: "wat is keytruda" is about "keytruda". */
export const STOP_WORDS = new Set(
  (
    'de het een en of van in op te voor met bij is wat hoe wie waar wanneer waarom welke welk hoeveel ' +
    'ik je jij u uw mijn me mij we wij ons onze zijn er aan als dat die dit deze dan ook nog al ' +
    'mag mogen moet moeten kan kun kunt kunnen wil wilt zal zou krijg krijgt heb hebt heeft ben word wordt ' +
    'iets erg veel zo ze hij zij tijdens door over naar om tot uit worden gaat gaan'
  ).split(' '),
);

/**
 * Words that make a query a question or a situation rather than a name: question words,
 * modal and common verbs, and the patient speaking about themselves.
 */
export const QUESTION_WORDS = new Set(
  (
    'wat hoe wie waar wanneer waarom welke welk hoeveel hoelang waardoor waarvoor ' +
    'mag mogen moet moeten kan kun kunt kunnen wil wilt zal zou is ben zijn heb hebt heeft krijg krijgt word wordt ' +
    'ik mijn me mij wij we ons onze'
  ).split(' '),
);

/** "wat is X", "wat betekent X": a question about a word, answered by the word's explanation. */
export const DEFINITION_LEADS = ['wat is', 'wat zijn', 'wat betekent', 'wat doet', 'wat houdt', 'uitleg'];

/** Articles dropped after a definition lead: "wat is een klinische studie" is about "klinische studie". */
export const ARTICLES = new Set(['een', 'de', 'het']);

/**
 * Endings of international medicine names (INN stems): a word ending so that the glossary does not
 * know is a medicine it does not cover, never another medicine with a similar name.
 */
export const MEDICINE_ENDINGS = [
  'mab', 'nib', 'lisib', 'rasib', 'ciclib', 'parib', 'zomib', 'degib', 'platin', 'platine', 'taxel', 'trexed', 'rubicine',
  'rubicin', 'tecan', 'cept', 'fosfamide', 'citabine', 'tabine', 'mustine', 'limus', 'leukin', 'kinra',
];

/** Query words shorter than this only count in names: "pd" in a long answer says little. */
export const MIN_BODY_WORD_LENGTH = 3;

/**
 * Questions whose answer tells the patient to act now (contact the hospital at once). For a query
 * about side effects they rank above every other question, procedures such as reporting to Lareb
 * included. Ids stay stable when the content is rewritten.
 */
export const URGENT_QUESTION_IDS: readonly string[] = ['lkn-wat-doen-bij-bijwerkingen'];

/** A query is about side effects when a word starts so, or it names a term of this category. */
export const SIDE_EFFECT_PREFIXES = ['bijwerk', 'klacht'];
export const SIDE_EFFECT_CATEGORY = 'bijwerking';
