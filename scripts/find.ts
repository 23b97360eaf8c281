// Usage: npm run --silent find -- FILE   (a .txt or .html file)
// Prints every glossary term in the file's (visible) text as JSON: [{ id, text, start, end }].
// Everyday words count only in their local context: a blank-line paragraph of a .txt file, the
// article, section or list of an .html file (not its nav, aside, footer or link lists).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadContent } from '../core/data/content';
import { findTermsInParagraphs } from '../core/finder/paragraph-regions';
import { buildTermIndex } from '../core/finder/term-index';
import { fail, printJson } from './lib/cli';
import { findTermsInHtml } from './lib/html-terms';

const file = process.argv[2];
if (!file) fail('Gebruik: npm run --silent find -- BESTAND (een .txt- of .html-bestand)');

let contents: string;
try {
  contents = await readFile(file, 'utf8');
} catch (error) {
  const reasons: Record<string, string> = {
    ENOENT: 'het bestand bestaat niet',
    EACCES: 'geen toegang tot het bestand',
    EISDIR: 'dit is een map, geen bestand',
  };
  const code = (error as NodeJS.ErrnoException).code ?? '';
  fail(`Kan "${file}" niet lezen: ${reasons[code] ?? String(error)}`);
}

const isHtml = ['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase());
const index = buildTermIndex(loadContent().glossary);
const found = isHtml ? findTermsInHtml(index, contents).matches : findTermsInParagraphs(index, contents);
printJson(found.map(({ id, text, start, end }) => ({ id, text, start, end })));
