import type { Frame, Page } from '@playwright/test';

export interface PaintedMark {
  name: string;
  text: string;
}

/**
 * The extension's highlights as the page itself sees them, read through CSS.highlights in the
 * page's own JavaScript world, with the text each range covers.
 */
export async function readMarks(target: Page | Frame): Promise<PaintedMark[]> {
  return target.evaluate(() => {
    const marks: { name: string; text: string; order: number[] }[] = [];
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
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('immuunwijzer-') || name === 'immuunwijzer-active') continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        marks.push({ name, text: live.toString(), order: [...pathOf(range.startContainer), range.startOffset] });
      }
    }
    const compare = (a: number[], b: number[]) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return a.length - b.length;
    };
    return marks.sort((a, b) => compare(a.order, b.order)).map(({ name, text }) => ({ name, text }));
  });
}

export async function markTexts(target: Page | Frame): Promise<string[]> {
  return (await readMarks(target)).map((mark) => mark.text);
}

/** Waits until the marks stop changing (the scan runs in idle slices). */
export async function settledMarks(target: Page | Frame, quietMs = 400, timeoutMs = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let previous = JSON.stringify(await markTexts(target));
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    const current = JSON.stringify(await markTexts(target));
    if (current !== previous) {
      previous = current;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs && current !== '[]') {
      break;
    } else if (Date.now() - stableSince >= quietMs * 3) {
      break;
    }
  }
  return JSON.parse(previous) as string[];
}
