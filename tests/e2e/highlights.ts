import type { Frame, Page } from '@playwright/test';
import { waitForDrained } from '../shared/drained-signal';
import { paintedMarksInPage, type PaintedMark, type PaintedStyle } from '../shared/painted-marks';

export type { PaintedMark, PaintedStyle };

/** The extension's marks as the page sees them, in document order (see paintedMarksInPage). */
export async function readMarks(target: Page | Frame): Promise<PaintedMark[]> {
  return target.evaluate(paintedMarksInPage);
}

/** How many marks are drawn with this style. */
export async function countStyled(target: Page | Frame, style: PaintedStyle): Promise<number> {
  return (await readMarks(target)).filter((mark) => mark.style === style).length;
}

/** The names of the extension's highlights on the page: the marks' (priority 0) and the explained word's (priority 1). */
export async function highlightNames(target: Page | Frame): Promise<{ marks: string[]; active: string[] }> {
  return target.evaluate(() => {
    const names = { marks: [] as string[], active: [] as string[] };
    for (const [name, highlight] of CSS.highlights) (highlight.priority === 0 ? names.marks : names.active).push(name);
    return names;
  });
}

export async function markTexts(target: Page | Frame): Promise<string[]> {
  return (await readMarks(target)).map((mark) => mark.text);
}

/**
 * Waits until the extension's queue of page changes is empty, by the e2e build's signal
 * (page/test-hooks.ts): a 'ping' is answered at once when nothing is left to read, else by the
 * 'drained' event at the end of the work. Pings repeat until the content script is there.
 */
export async function drained(target: Page | Frame, timeoutMs = 30_000): Promise<void> {
  await target.evaluate(waitForDrained, timeoutMs);
}

/** The marks once the extension has read everything on the page (see drained). */
export async function settledMarks(target: Page | Frame, _quietMs?: number, timeoutMs = 30_000): Promise<string[]> {
  await drained(target, timeoutMs);
  return markTexts(target);
}
