import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../core/data/content';
import { buildTermIndex } from '../../core/finder/term-index';
import { findTermsInHtml } from '../../scripts/lib/html-terms';
import { expect, test } from './fixtures';
import { settledMarks } from './highlights';

const index = buildTermIndex(loadContent().glossary);

/** What `npm run find` gives for the page: everyday words only in their local context. */
function regionMarks(pageFile: string): string[] {
  const html = readFileSync(fileURLToPath(new URL(`./pages/${pageFile}`, import.meta.url)), 'utf8');
  return findTermsInHtml(index, html).matches.map((match) => match.text);
}

test('marks a news article, but not the everyday words in its sidebar and footer', async ({ page, origin }) => {
  await page.goto(`${origin}/news-sidebar.html`);
  const marks = await settledMarks(page);
  // The article: its everyday words (kuren, mutaties) are medical next to nivolumab.
  expect(marks).toEqual(expect.arrayContaining(['niet-kleincellige longkanker', 'nivolumab', 'kuren', 'mutaties', 'patholoog']));
  // The sidebar's headlines (vitamine D-kuur, mutatie van het coronavirus, laatste stadium) and the
  // footer's detox kuur use only these forms, which the article does not.
  for (const everyday of ['kuur', 'mutatie', 'stadium']) expect(marks).not.toContain(everyday);
  // Printed addresses: kanker.nl/nivolumab and www.…/immuuntherapie are not marked.
  expect(marks.filter((mark) => mark === 'nivolumab')).toHaveLength(1);
  expect(marks.filter((mark) => mark === 'immuuntherapie')).toHaveLength(2);
  expect(marks).toEqual(regionMarks('news-sidebar.html'));
});
