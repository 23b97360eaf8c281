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

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM) of the text itself. */
  date: string;
  /** The date as a reader sees it: "bijgewerkt 9 augustus 2023". */
  dateLabel: string;
  /** Shown with every entry from an old source: treatment may have changed since. */
  ageNote?: string;
}

export interface SourceRef {
  source: string;
  section: string;
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
}

/** What the tooltip needs of an entry: everything but the long explanation and related terms. */
export type TooltipEntry = Omit<GlossaryEntry, 'explanation' | 'related'>;

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
