import { countMatches } from './in-page-cpu-scan';
import type { BatchResult, BenchWindow, CompletionMethod } from './page-api';

/** One frame at 60 Hz: how late a frame-polled end may be seen. */
const FRAME_MS = 1000 / 60;
/** The highlight has not grown for this long: the product paints only part of its marks. */
const PLATEAU_MS = 1000;

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/**
 * Appends a batch of posts as infinite scroll does and times it until it is marked: the HTML is
 * parsed into a template first (not timed), the marks it should get are counted with the core
 * finder, then the clock starts and the posts go in. With 'highlight' the probe waits for the
 * highlight to grow by that many ranges (and hands over to 'quiet' if it stops short); with
 * 'frame' (no extension) the time is to the next frame; with 'quiet' the caller waits for the main
 * thread's work to end, checks the product's own count and sets `end` itself.
 */
export async function appendBatch(html: string, containerSelector: string, method: CompletionMethod, timeoutMs: number): Promise<BatchResult> {
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
  let end = start;
  let seenVia = method;
  if (method === 'highlight') {
    const reached = await probe.waitForSize(highlightBefore + matches, timeoutMs, PLATEAU_MS);
    // Stopped short: the caller waits for the main thread and checks the product's own count instead.
    if (reached === undefined) seenVia = 'quiet';
    else end = reached;
  } else if (method === 'frame') end = await nextFrame();
  return {
    ms: end - start,
    method: seenVia,
    uncertaintyMs: seenVia === 'quiet' ? Number.NaN : FRAME_MS,
    start,
    end,
    expectedMarks: matches,
    marksBefore: highlightBefore,
    highlightBefore,
    highlightAfter: probe.highlightSize(),
    chars,
  };
}
