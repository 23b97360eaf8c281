import type { Frame, Page } from '@playwright/test';
import { waitForDrained } from '../shared/drained-signal';

/** How a mark is drawn, read from the rule for its highlight in its root's adopted sheets. */
export type PaintedStyle = 'underline' | 'background' | 'unstyled';

export interface PaintedMark {
  style: PaintedStyle;
  text: string;
}

/**
 * The extension's highlights as the page itself sees them, read through CSS.highlights in the
 * page's own JavaScript world, with the text each range covers. Their names are random per page;
 * test pages register no highlights of their own, and the one of the explained word has priority
 * 1, so the marks are the ranges of every highlight with priority 0.
 */
export async function readMarks(target: Page | Frame): Promise<PaintedMark[]> {
  return target.evaluate(() => {
    const marks: { style: PaintedStyle; text: string; order: number[] }[] = [];
    const pathOf = (node: Node): number[] => {
      const path: number[] = [];
      for (let current: Node | null = node; current; ) {
        const parent: Node | null = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
        if (!parent) break;
        const index = current instanceof ShadowRoot ? -1 : Array.prototype.indexOf.call(parent.childNodes, current);
        path.unshift(index);
        current = parent;
      }
      return path;
    };
    const styleOf = (name: string, node: Node): PaintedStyle => {
      const root = node.getRootNode() as Document | ShadowRoot;
      for (const sheet of root.adoptedStyleSheets ?? []) {
        for (const rule of sheet.cssRules) {
          if (!(rule instanceof CSSStyleRule) || rule.selectorText !== `::highlight(${name})`) continue;
          if (rule.style.textDecorationLine.includes('underline')) return 'underline';
          if (rule.style.backgroundColor) return 'background';
        }
      }
      return 'unstyled';
    };
    for (const [name, highlight] of CSS.highlights) {
      if (highlight.priority !== 0) continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        marks.push({ style: styleOf(name, range.startContainer), text: live.toString(), order: [...pathOf(range.startContainer), range.startOffset] });
      }
    }
    const compare = (a: number[], b: number[]) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return a.length - b.length;
    };
    return marks.sort((a, b) => compare(a.order, b.order)).map(({ style, text }) => ({ style, text }));
  });
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
