import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../core/data/content';
import { waitForDrained } from '../shared/drained-signal';
import { IDENTIFYING, readSpyRecord, recordSpy } from '../shared/spy-recorder';
import { firefoxForThisFile } from './firefox-session';
import { EXTENSION_ID } from './launch';

// The spy checks of tests/e2e/privacy.spec.ts in the Firefox build: what a page's own script can
// learn, recorded by the same spy (tests/shared/spy-recorder.ts) from before the page's first script.
const firefox = firefoxForThisFile();
const glossary = loadContent().glossary;

async function openWithSpy(file: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  await page.evaluateOnNewDocument(recordSpy, EXTENSION_ID);
  await page.goto(`${firefox.origin}/${file}`);
  await page.evaluate(waitForDrained, 30_000);
  return page;
}

/** Hovers the first mark, as the user, and waits until the page sees the tooltip's host element. */
async function hoverFirstMark(page: Page): Promise<string> {
  const mark = await page.evaluate(() => {
    const [range] = [...CSS.highlights.values()].find((highlight) => highlight.priority === 0) ?? [];
    const live = document.createRange();
    live.setStart(range!.startContainer, range!.startOffset);
    live.setEnd(range!.endContainer, range!.endOffset);
    const rect = live.getBoundingClientRect();
    return { text: live.toString(), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(mark.x - 30, mark.y);
  await page.mouse.move(mark.x, mark.y, { steps: 3 });
  await page.waitForFunction(() => document.documentElement.lastElementChild?.tagName === 'DIV', { timeout: 5_000, polling: 100 });
  return mark.text;
}

describe('what a page can learn in Firefox', () => {
  it('a page with terms sees its marks under random names, one bare element, and nothing that names the extension', async () => {
    const page = await openWithSpy('editors.html');
    const hovered = await hoverFirstMark(page);
    expect(hovered).toBe('nivolumab');
    const report = await page.evaluate(readSpyRecord);

    expect(report.messages).toEqual([]);
    expect(report.wxtEvents).toEqual([]);
    expect(report.foreignElements).toEqual(['<div>']);
    expect(report.foreignAttributes).toEqual([]);
    expect(report.openShadowText).toEqual([]);
    // Firefox shows the page the content script's highlights as its own: names and ranges.
    expect(report.highlightTexts).toEqual(expect.arrayContaining(['nivolumab', 'tumor', 'PD-L1']));
    expect(report.highlightNames).toHaveLength(2);
    for (const name of report.highlightNames) expect(name).toMatch(/^[a-z][a-z0-9]{5,}$/);
    expect(report.adoptedRules.length).toBeGreaterThan(0);

    const everything = JSON.stringify(Object.values(report));
    expect(everything).not.toMatch(IDENTIFYING);
    for (const entry of glossary) expect(everything).not.toContain(entry.short);
    // The tooltip's root is closed to the page.
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.shadowRoot ?? null)).toBeNull();
    await page.close();
  });

  it('a term-free page gets no highlight, no sheet, no element and no message', async () => {
    const page = await openWithSpy('no-terms.html');
    const report = await page.evaluate(readSpyRecord);
    expect(report).toEqual({
      messages: [],
      wxtEvents: [],
      foreignElements: [],
      foreignAttributes: [],
      highlightNames: [],
      highlightTexts: [],
      adoptedRules: [],
      openShadowText: [],
    });
    await page.close();
  });
});
