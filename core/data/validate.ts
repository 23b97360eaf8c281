import {
  CATEGORIES,
  type Content,
  type EverydayWords,
  type FaqEntry,
  type GlossaryEntry,
  type Source,
  type SourceRef,
  UNDATED_LABEL,
} from './types';

const MAX_SHORT_LENGTH = 160;
const MAX_ANCHOR_WORDS = 7;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every problem found in the content, each naming the file, the entry and the field. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

export interface RawContent {
  sources: unknown;
  glossary: unknown;
  faq: unknown;
  everydayWords: unknown;
}

type Fields = Record<string, unknown>;

class Checker {
  readonly problems: string[] = [];

  report(file: string, entry: string, field: string, message: string): void {
    this.problems.push(`data/${file}: ${entry}: field "${field}" ${message}`);
  }

  list(file: string, value: unknown): Fields[] {
    if (!Array.isArray(value)) {
      this.problems.push(`data/${file}: must be a JSON array of entries`);
      return [];
    }
    return value.filter((item, index) => {
      const isObject = typeof item === 'object' && item !== null && !Array.isArray(item);
      if (!isObject) this.problems.push(`data/${file}: entry #${index + 1} is not an object`);
      return isObject;
    }) as Fields[];
  }

  text(file: string, entry: string, fields: Fields, field: string): string {
    const value = fields[field];
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(file, entry, field, 'must be a non-empty string');
      return '';
    }
    return value;
  }

  strings(file: string, entry: string, fields: Fields, field: string, optional = false): string[] {
    const value = fields[field];
    if (value === undefined && optional) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
      this.report(file, entry, field, 'must be an array of non-empty strings');
      return [];
    }
    return value as string[];
  }

  sourceRefs(file: string, entry: string, fields: Fields, sourceIds: Set<string>, allowEmpty = false): SourceRef[] {
    const value = fields.sources;
    if (!Array.isArray(value) || (value.length === 0 && !allowEmpty)) {
      this.report(file, entry, 'sources', allowEmpty ? 'must be an array' : 'must name at least one source');
      return [];
    }
    return value.map((ref: unknown, index): SourceRef => {
      const refFields = (typeof ref === 'object' && ref !== null ? ref : {}) as Fields;
      const [source, section] = (['source', 'section'] as const).map((key) => {
        const text = refFields[key];
        if (typeof text === 'string' && text.trim() !== '') return text;
        this.report(file, entry, `sources[${index}].${key}`, 'must be a non-empty string');
        return '';
      }) as [string, string];
      if (source && !sourceIds.has(source)) {
        this.report(file, entry, `sources[${index}].source`, `names unknown source "${source}"`);
      }
      const sourceRef: SourceRef = { source, section, anchors: this.anchors(file, entry, refFields, index) };
      if (refFields.short !== undefined) {
        if (file !== 'glossary.json') this.report(file, entry, `sources[${index}].short`, 'is only for glossary entries');
        else if (refFields.short !== true) this.report(file, entry, `sources[${index}].short`, 'must be true or left out');
        else sourceRef.short = true;
      }
      return sourceRef;
    });
  }

  /** Anchors: the glossary requires them (validateGlossary); faq.json gets them on its own branch. */
  private anchors(file: string, entry: string, refFields: Fields, index: number): string[] {
    const value = refFields.anchors;
    const field = `sources[${index}].anchors`;
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
      this.report(file, entry, field, 'must be an array of non-empty strings');
      return [];
    }
    const anchors = value as string[];
    anchors.forEach((anchor, anchorIndex) => {
      const words = anchor.trim().split(/\s+/).length;
      if (words > MAX_ANCHOR_WORDS) {
        this.report(file, entry, `${field}[${anchorIndex}]`, `"${anchor}" has ${words} words; at most ${MAX_ANCHOR_WORDS}`);
      }
      if (anchors.indexOf(anchor) !== anchorIndex) this.report(file, entry, `${field}[${anchorIndex}]`, `"${anchor}" is listed twice`);
    });
    return anchors;
  }

  uniqueIds(file: string, entries: { id: string }[]): void {
    const seen = new Set<string>();
    for (const { id } of entries) {
      if (!id) continue;
      if (!ID_PATTERN.test(id)) this.report(file, `entry "${id}"`, 'id', 'must be lower-case kebab-case');
      if (seen.has(id)) this.report(file, `entry "${id}"`, 'id', 'is used twice');
      seen.add(id);
    }
  }
}

function entryLabel(fields: Fields, index: number): string {
  return typeof fields.id === 'string' ? `entry "${fields.id}"` : `entry #${index + 1}`;
}

function validateSources(check: Checker, raw: unknown): Source[] {
  const file = 'sources.json';
  const sources = check.list(file, raw).map((fields, index): Source => {
    const entry = entryLabel(fields, index);
    const source: Source = {
      id: check.text(file, entry, fields, 'id'),
      title: check.text(file, entry, fields, 'title'),
      publisher: check.text(file, entry, fields, 'publisher'),
      url: check.text(file, entry, fields, 'url'),
      dateLabel: check.text(file, entry, fields, 'dateLabel'),
    };
    if (fields.date !== undefined || source.dateLabel !== UNDATED_LABEL) source.date = check.text(file, entry, fields, 'date');
    else if (fields.ageNote !== undefined) check.report(file, entry, 'ageNote', 'needs a date: an undated page cannot be said to be old');
    if (source.url && !/^https:\/\/[^\s]+$/.test(source.url)) check.report(file, entry, 'url', 'must be an https URL');
    // A year alone is allowed: some pages (a magazine article) show no more than that.
    if (source.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date)) {
      check.report(file, entry, 'date', 'must be YYYY, YYYY-MM or YYYY-MM-DD');
    }
    if (fields.ageNote !== undefined) source.ageNote = check.text(file, entry, fields, 'ageNote');
    return source;
  });
  check.uniqueIds(file, sources);
  return sources;
}

function validateGlossary(check: Checker, raw: unknown, sourceIds: Set<string>): GlossaryEntry[] {
  const file = 'glossary.json';
  const entries = check.list(file, raw).map((fields, index): GlossaryEntry => {
    const entry = entryLabel(fields, index);
    const category = fields.category;
    if (!CATEGORIES.includes(category as never)) {
      check.report(file, entry, 'category', `must be one of: ${CATEGORIES.join(', ')}`);
    }
    const general = fields.general;
    if (general !== undefined && general !== true) check.report(file, entry, 'general', 'must be true or left out');
    const glossaryEntry: GlossaryEntry = {
      id: check.text(file, entry, fields, 'id'),
      term: check.text(file, entry, fields, 'term'),
      category: category as GlossaryEntry['category'],
      aliases: check.strings(file, entry, fields, 'aliases'),
      caseSensitive: check.strings(file, entry, fields, 'caseSensitive', true),
      ambiguous: check.strings(file, entry, fields, 'ambiguous', true),
      short: check.text(file, entry, fields, 'short'),
      explanation: check.text(file, entry, fields, 'explanation'),
      sources: check.sourceRefs(file, entry, fields, sourceIds, general === true),
      related: check.strings(file, entry, fields, 'related'),
    };
    glossaryEntry.sources.forEach((ref, refIndex) => {
      if ((ref.anchors ?? []).length === 0) check.report(file, entry, `sources[${refIndex}].anchors`, 'must list at least one anchor per fact');
      if (general === true && ref.short) check.report(file, entry, `sources[${refIndex}].short`, 'cannot back the short text of a general entry');
    });
    if (general === true) glossaryEntry.general = true;
    else if (glossaryEntry.sources.length > 0 && !glossaryEntry.sources.some((ref) => ref.short)) {
      check.report(file, entry, 'sources', 'must mark the references that back the short text with "short": true (or the entry "general": true)');
    }
    if (fields.generalAliases !== undefined) glossaryEntry.generalAliases = check.strings(file, entry, fields, 'generalAliases');
    if (glossaryEntry.short.length > MAX_SHORT_LENGTH) {
      check.report(file, entry, 'short', `is ${glossaryEntry.short.length} characters; at most ${MAX_SHORT_LENGTH}`);
    }
    const forms = new Set([glossaryEntry.term, ...glossaryEntry.aliases]);
    for (const field of ['caseSensitive', 'ambiguous', 'generalAliases'] as const) {
      for (const form of glossaryEntry[field] ?? []) {
        if (!forms.has(form)) check.report(file, entry, field, `lists "${form}", which is not the term or an alias`);
      }
    }
    return glossaryEntry;
  });
  check.uniqueIds(file, entries);
  return entries;
}

function validateFaq(check: Checker, raw: unknown, sourceIds: Set<string>): FaqEntry[] {
  const file = 'faq.json';
  const entries = check.list(file, raw).map((fields, index): FaqEntry => {
    const entry = entryLabel(fields, index);
    return {
      id: check.text(file, entry, fields, 'id'),
      question: check.text(file, entry, fields, 'question'),
      answer: check.text(file, entry, fields, 'answer'),
      topic: check.text(file, entry, fields, 'topic'),
      sources: check.sourceRefs(file, entry, fields, sourceIds),
      terms: check.strings(file, entry, fields, 'terms'),
    };
  });
  check.uniqueIds(file, entries);
  return entries;
}

function validateEverydayWords(check: Checker, raw: unknown): EverydayWords {
  const file = 'everyday-words.json';
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    check.problems.push(`data/${file}: must be a JSON object of word → glossary id`);
    return {};
  }
  const words: EverydayWords = {};
  for (const [word, id] of Object.entries(raw)) {
    if (typeof id !== 'string') check.report(file, `word "${word}"`, word, 'must map to a glossary id (a string)');
    else words[word] = id;
  }
  return words;
}

/** Cross-references: every id one entry names must exist, and no form may belong to two terms. */
function checkReferences(check: Checker, content: Content): void {
  const termIds = new Set(content.glossary.map((entry) => entry.id));
  const owner = new Map<string, string>();
  for (const entry of content.glossary) {
    for (const id of entry.related) {
      if (!termIds.has(id)) check.report('glossary.json', `entry "${entry.id}"`, 'related', `names unknown term "${id}"`);
      if (id === entry.id) check.report('glossary.json', `entry "${entry.id}"`, 'related', 'names the entry itself');
    }
    for (const form of [entry.term, ...entry.aliases]) {
      const key = form.toLocaleLowerCase('nl');
      const other = owner.get(key);
      if (other !== undefined && other !== entry.id) {
        check.report('glossary.json', `entry "${entry.id}"`, 'aliases', `"${form}" also belongs to "${other}"`);
      }
      owner.set(key, entry.id);
    }
  }
  for (const entry of content.faq) {
    for (const id of entry.terms) {
      if (!termIds.has(id)) check.report('faq.json', `entry "${entry.id}"`, 'terms', `names unknown term "${id}"`);
    }
  }
  for (const [word, id] of Object.entries(content.everydayWords)) {
    if (!termIds.has(id)) check.report('everyday-words.json', `word "${word}"`, word, `names unknown term "${id}"`);
  }
}

/** Checks raw JSON against the content schema; throws a ContentError listing every problem. */
export function validateContent(raw: RawContent): Content {
  const check = new Checker();
  const sources = validateSources(check, raw.sources);
  const sourceIds = new Set(sources.map((source) => source.id));
  const content: Content = {
    sources,
    glossary: validateGlossary(check, raw.glossary, sourceIds),
    faq: validateFaq(check, raw.faq, sourceIds),
    everydayWords: validateEverydayWords(check, raw.everydayWords),
  };
  checkReferences(check, content);
  if (check.problems.length > 0) throw new ContentError(check.problems);
  return content;
}
