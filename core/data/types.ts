export const CATEGORIES = [
  'medicijn',
  'eiwit/biomarker',
  'behandeling',
  'ziekte',
  'onderzoek',
  'zorgverlener',
  'organisatie',
  'lichaam',
  'bijwerking',
  'begrip',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** The date label of a source page that shows no date: said honestly, never guessed. */
export const UNDATED_LABEL = 'datum niet vermeld';

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) the text itself shows; left out when the page shows none. */
  date?: string;
  /** The date as a reader sees it: "bijgewerkt 9 augustus 2023", or "datum niet vermeld" (UNDATED_LABEL). */
  dateLabel: string;
  /** Shown with every entry from an old source: treatment may have changed since. */
  ageNote?: string;
}

export interface SourceRef {
  source: string;
  /** A heading of the seed, exactly; the section runs from it to the next heading. */
  section: string;
  /**
   * Per fact, a phrase of at most seven words that occurs in the section (whitespace, case,
   * typographic quotes and dashes aside), so a reader or a test can find the passage. Optional in
   * the type so code that builds entries by hand need not invent any; validated content has it.
   */
  anchors?: string[];
  /** Glossary only: this reference backs the short text the tooltip shows. */
  short?: boolean;
}

export interface GlossaryEntry {
  id: string;
  term: string;
  category: Category;
  aliases: string[];
  /** Forms (term or aliases) that only match with exactly this case: acronyms like ALK. */
  caseSensitive: string[];
  /** Forms that are also everyday words: marked only on pages with other medical terms. */
  ambiguous: string[];
  short: string;
  explanation: string;
  sources: SourceRef[];
  related: string[];
  /**
   * The short text explains a hard word in general terms that neither seed gives; the UI shows
   * "algemene uitleg" and no reference backs the short text.
   */
  general?: boolean;
  /** Aliases linked to the entry by general knowledge, not by a seed (brand names neither seed names). */
  generalAliases?: string[];
}

/**
 * What the tooltip needs of a source reference: no anchors and no section (the tooltip names the
 * source and its date; the section is on the uitleg page): they cost bytes on every page.
 */
export type TooltipSourceRef = Omit<SourceRef, 'anchors' | 'section'>;

/** What the tooltip needs of an entry: no long explanation, related terms or anchors. */
export type TooltipEntry = Omit<GlossaryEntry, 'explanation' | 'related' | 'generalAliases' | 'sources'> & {
  sources: TooltipSourceRef[];
};

/** What the term finder needs of an entry. */
export type FinderEntry = Pick<GlossaryEntry, 'id' | 'term' | 'aliases' | 'caseSensitive' | 'ambiguous'>;

export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
  topic: string;
  sources: SourceRef[];
  terms: string[];
}

/** Everyday word or phrase a patient types → the glossary id it points to. */
export type EverydayWords = Record<string, string>;

export interface Content {
  sources: Source[];
  glossary: GlossaryEntry[];
  faq: FaqEntry[];
  everydayWords: EverydayWords;
}
