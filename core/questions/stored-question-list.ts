import { EMPTY_PREPARATION, nextQuestionId, type Preparation, type Question, type QuestionList, type QuestionSource } from './question-list';

/**
 * The shape in storage. Version 1 (the first draft) kept only the texts: `{ version: 1, questions: string[] }`.
 * Version 2 adds ids, ticks, the entry a question is about and the preparation fields.
 */
export const STORED_VERSION = 2;

export interface StoredQuestionList {
  version: typeof STORED_VERSION;
  questions: Question[];
  preparation: Preparation;
}

export interface ParsedQuestionList {
  list: QuestionList;
  /** A sentence for the patient when something could not be read; undefined when all was fine. */
  problem?: string;
}

export function toStored(list: QuestionList): StoredQuestionList {
  return { version: STORED_VERSION, questions: list.questions, preparation: list.preparation };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSource(value: unknown, isKnown: (source: QuestionSource) => boolean): QuestionSource | undefined {
  if (!isRecord(value) || (value.type !== 'term' && value.type !== 'faq') || typeof value.id !== 'string') return undefined;
  const source: QuestionSource = { type: value.type, id: value.id };
  // An entry that an update removed: the question stays, only its explanation goes.
  return isKnown(source) ? source : undefined;
}

interface Reading {
  questions: Question[];
  unreadable: number;
}

function readQuestions(items: unknown[], isKnown: (source: QuestionSource) => boolean): Reading {
  const reading: Reading = { questions: [], unreadable: 0 };
  const list = (): QuestionList => ({ questions: reading.questions, preparation: EMPTY_PREPARATION });
  const ids = new Set<string>();
  for (const item of items) {
    const text = typeof item === 'string' ? item : isRecord(item) && typeof item.text === 'string' ? item.text : undefined;
    if (text === undefined) {
      reading.unreadable++;
      continue;
    }
    const record = isRecord(item) ? item : {};
    const id = typeof record.id === 'string' && /^q\d+$/.test(record.id) && !ids.has(record.id) ? record.id : nextQuestionId(list());
    ids.add(id);
    const about = readSource(record.about, isKnown);
    reading.questions.push({ id, text, done: record.done === true, ...(about && { about }) });
  }
  return reading;
}

function readPreparation(value: unknown): { preparation: Preparation; unreadable: number } {
  const preparation = { ...EMPTY_PREPARATION };
  let unreadable = 0;
  if (value === undefined) return { preparation, unreadable };
  if (!isRecord(value)) return { preparation, unreadable: 1 };
  for (const field of Object.keys(EMPTY_PREPARATION) as (keyof Preparation)[]) {
    const fieldValue = value[field];
    if (typeof fieldValue === 'string') preparation[field] = fieldValue;
    else if (fieldValue !== undefined) unreadable++;
  }
  return { preparation, unreadable };
}

const UNREADABLE = 'Je opgeslagen vragenlijst kon niet worden gelezen. Er is een kopie van bewaard; je kunt hier opnieuw beginnen.';

function partlyUnreadable(count: number): string {
  const parts = count === 1 ? '1 onderdeel' : `${count} onderdelen`;
  return `Een deel van je vragenlijst kon niet worden gelezen (${parts}). Wat wel leesbaar was, staat hieronder.`;
}

const NEWER =
  'Je vragenlijst is opgeslagen door een nieuwere versie van Immuunwijzer. Wat deze versie kan lezen staat hieronder; sla pas iets op als je zeker weet dat je de nieuwere versie niet meer gebruikt.';

/**
 * Reads whatever storage holds, from any version, keeping every question whose text can be read.
 * Never throws: bad data gives an empty or partial list and a sentence saying so.
 */
export function parseStoredList(raw: unknown, isKnown: (source: QuestionSource) => boolean = () => true): ParsedQuestionList {
  if (raw === undefined || raw === null) return { list: { questions: [], preparation: { ...EMPTY_PREPARATION } } };
  if (typeof raw === 'string') {
    const { questions } = readQuestions(raw.trim() ? [raw] : [], isKnown);
    return { list: { questions, preparation: { ...EMPTY_PREPARATION } }, problem: questions.length ? partlyUnreadable(1) : UNREADABLE };
  }
  const record = isRecord(raw) ? raw : Array.isArray(raw) ? { questions: raw } : undefined;
  if (!record || !Array.isArray(record.questions)) {
    return { list: { questions: [], preparation: { ...EMPTY_PREPARATION } }, problem: UNREADABLE };
  }
  const { questions, unreadable } = readQuestions(record.questions, isKnown);
  const prep = readPreparation(record.preparation);
  const list = { questions, preparation: prep.preparation };
  const version = record.version;
  if (typeof version === 'number' && version > STORED_VERSION) return { list, problem: NEWER };
  const known = version === 1 || version === STORED_VERSION;
  const problems = unreadable + prep.unreadable + (known ? 0 : 1);
  return problems === 0 ? { list } : { list, problem: partlyUnreadable(problems) };
}
