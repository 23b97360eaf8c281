import { countMatches } from './in-page-cpu-scan';
import type { BatchResult, BenchWindow } from './page-api';

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/**
 * Appends a batch of posts as infinite scroll does and times it until it is marked: the HTML is
 * parsed into a template first (not timed), the marks it should get are counted with the core
 * finder, then the clock starts, the posts go in and the probe waits for the highlight to grow by
 * that many ranges. Without the extension the time is to the first frame after the append.
 */
export async function appendBatch(html: string, containerSelector: string, withExtension: boolean, timeoutMs: number): Promise<BatchResult> {
  const probe = (window as unknown as BenchWindow).__benchProbe;
  const container = document.querySelector(containerSelector);
  if (!container) throw new Error(`no ${containerSelector} on the page`);
  const template = document.createElement('template');
  template.innerHTML = html;
  const { matches, chars } = countMatches(template.content);
  const highlightBefore = probe.highlightSize();
  await nextFrame();
  const start = performance.now();
  container.append(template.content);
  const end = withExtension ? await probe.waitForSize(highlightBefore + matches, timeoutMs) : await nextFrame();
  return { ms: end - start, start, end, expectedMarks: matches, highlightBefore, highlightAfter: probe.highlightSize(), chars };
}
