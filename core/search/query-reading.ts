import { ARTICLES, DEFINITION_LEADS, QUESTION_WORDS, STOP_WORDS } from './search-config';
import { searchWords } from './search-documents';

/** What a query is: its words, the ones that carry meaning, and whether it reads as a question. */
export interface QueryReading {
  /** All words, folded. */
  words: string[];
  /** Words without stop words: "mag ik autorijden" → ["autorijden"], "mag ik" → []. */
  content: string[];
  /** The words after "wat is", "wat betekent", …; otherwise all words. */
  subject: string[];
  /** A question or a situation (question words, "ik", verbs, more than two words), not a bare name. */
  questionLike: boolean;
}

export function readQuery(query: string): QueryReading {
  const words = searchWords(query);
  const meaningful = words.filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  const content = [...new Set(meaningful)];
  const spaced = words.join(' ');
  const lead = DEFINITION_LEADS.find((candidate) => spaced.startsWith(`${candidate} `));
  const subject = lead === undefined ? words : searchWords(spaced.slice(lead.length));
  while (lead !== undefined && subject.length > 1 && ARTICLES.has(subject[0]!)) subject.shift();
  const questionLike = query.includes('?') || words.length > 2 || content.length > 1 || words.some((word) => QUESTION_WORDS.has(word));
  return { words, content, subject, questionLike };
}

/**
 * A crude Dutch stem, used as a prefix: "duurt" finds "duur" and "duurde", "melden" finds "meld"
 * and "melding", "bijwerkingen" finds "bijwerking". Short words stay as they are.
 */
export function stem(word: string): string {
  if (word.length < 5) return word;
  for (const ending of ['en', 'e', 't', 's']) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}
