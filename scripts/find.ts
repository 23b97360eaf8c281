// Usage: npm run --silent find -- FILE   (a .txt or .html file)
// Prints every glossary term in the file's (visible) text as JSON: [{ id, text, start, end }].
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadContent } from '../core/data/content';
import { findTerms } from '../core/finder/find-terms';
import { buildTermIndex } from '../core/finder/term-index';
import { fail, printJson } from './lib/cli';
import { visibleText } from './lib/visible-text';

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
const text = isHtml ? visibleText(contents) : contents;
const index = buildTermIndex(loadContent().glossary);
printJson(findTerms(index, text).map(({ id, text: found, start, end }) => ({ id, text: found, start, end })));
