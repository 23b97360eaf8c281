/** How a mark is drawn, read from the rule for its highlight in its root's adopted sheets. */
export type PaintedStyle = 'underline' | 'background' | 'unstyled';

export interface PaintedMark {
  style: PaintedStyle;
  text: string;
}

/**
 * Runs in the page: the extension's highlights as the page itself sees them, read through
 * CSS.highlights in the page's own JavaScript world, in document order (shadow roots included),
 * with the text each range covers. Their names are random per page; test pages register no
 * highlights of their own, and the one of the explained word has priority 1, so the marks are the
 * ranges of every highlight with priority 0. Shared by the Chromium e2e tests and the Firefox
 * tests; uses nothing outside its body.
 */
export function paintedMarksInPage(): PaintedMark[] {
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
}
