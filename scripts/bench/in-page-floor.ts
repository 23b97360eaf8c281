import type { FloorResult } from './page-api';

/**
 * The floor for any matcher: one TreeWalker pass over every text node under <body>, reading every
 * character once (a rolling hash of charCodeAt, returned so the work cannot be optimised away).
 */
export function floor(): FloorResult {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hash = 0;
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let index = 0; index < data.length; index++) hash = (Math.imul(hash, 31) + data.charCodeAt(index)) | 0;
    chars += data.length;
    nodes++;
  }
  return { ms: performance.now() - started, nodes, chars, hash };
}
