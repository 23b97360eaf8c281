import type { MarkJsResult } from './page-api';

/** The parts of mark.js 8 the benchmark uses (the package ships no types). */
interface MarkJsOptions {
  accuracy: { value: 'exactly'; limiters: string[] };
  separateWordSearch: boolean;
  diacritics: boolean;
  done: (marks: number) => void;
}

interface MarkJs {
  mark(keywords: string[], options: MarkJsOptions): void;
}

type MarkJsConstructor = new (context: Element) => MarkJs;

/**
 * mark.js (injected before with addScriptTag) marking every glossary name on <body>, the way
 * glossary highlighters typically call it: one keyword list, whole words, diacritics folded.
 */
export function runMarkJs(keywords: string[], limiters: string[]): Promise<MarkJsResult> {
  const Mark = (window as unknown as { Mark?: MarkJsConstructor }).Mark;
  if (!Mark) return Promise.reject(new Error('mark.js is not loaded'));
  return new Promise((resolve) => {
    const started = performance.now();
    new Mark(document.body).mark(keywords, {
      accuracy: { value: 'exactly', limiters },
      separateWordSearch: false,
      diacritics: true,
      done: (marks) => resolve({ ms: performance.now() - started, marks }),
    });
  });
}
