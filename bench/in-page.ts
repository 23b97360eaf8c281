/**
 * The benchmark's code in the page, bundled by esbuild into one IIFE (bench/in-page-bundle.ts) and
 * installed as an init script in the main world, so it runs before the page's own scripts.
 * Exposes `window.__bench`. Nothing here reads anything of the extension but the shared, public
 * `CSS.highlights` registry and the e2e build's 'drained' event on the document.
 */

interface LongFrame {
  start: number;
  duration: number;
  blockingDuration: number;
}

interface MarkJs {
  markRegExp(regexp: RegExp, options: { done: (marks: number) => void }): void;
}

const longFrames: LongFrame[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const frame = entry as PerformanceEntry & { blockingDuration?: number };
    longFrames.push({ start: frame.startTime, duration: frame.duration, blockingDuration: frame.blockingDuration ?? 0 });
  }
}).observe({ type: 'long-animation-frame', buffered: true });

/** The e2e build's 'drained' signals: when, and its longest slice and observer callback since the last reset. */
let drains = 0;
let lastDrainAt = -1;
let maxSliceMs = 0;
let maxCallbackMs = 0;
document.addEventListener('immuunwijzer-test:drained', (event) => {
  drains++;
  lastDrainAt = performance.now();
  const work = JSON.parse(String((event as CustomEvent<unknown>).detail)) as { maxSliceMs: number; maxCallbackMs: number };
  maxSliceMs = Math.max(maxSliceMs, work.maxSliceMs);
  maxCallbackMs = Math.max(maxCallbackMs, work.maxCallbackMs);
});

function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * The floor: one pass over every text node under <body>, reading every character once. Returns its
 * own duration (the hash only keeps the loop from being optimised away): TaskDuration around a
 * sub-millisecond call mostly counts the DevTools protocol's evaluate itself.
 */
function floor(): number {
  const started = performance.now();
  let hash = 0;
  for (const node of textNodes()) {
    const data = node.data;
    for (let index = 0; index < data.length; index++) hash = (Math.imul(hash, 31) + data.charCodeAt(index)) | 0;
  }
  return performance.now() - started + (hash === 0.5 ? 1 : 0);
}

/** One alternation over all names, longest first, whole words in the Unicode sense. */
function namesRegExp(names: string[]): RegExp {
  const escaped = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The plain highlighter a developer would write: the regex over each text node, painted as a Highlight. */
async function regexHighlighter(names: string[]): Promise<number> {
  const regexp = namesRegExp(names);
  const highlight = new Highlight();
  for (const node of textNodes()) {
    regexp.lastIndex = 0;
    for (let match = regexp.exec(node.data); match; match = regexp.exec(node.data)) {
      highlight.add(new StaticRange({ startContainer: node, startOffset: match.index, endContainer: node, endOffset: match.index + match[0].length }));
    }
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(bench-regex) { text-decoration: underline dotted; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set('bench-regex', highlight);
  await painted();
  return highlight.size;
}

/** mark.js (loaded before by addScriptTag) with one markRegExp call: its fastest documented call. */
async function markJsRegExp(names: string[]): Promise<number> {
  const Mark = (window as unknown as { Mark: new (context: Element) => MarkJs }).Mark;
  const marks = await new Promise<number>((resolve) => new Mark(document.body).markRegExp(namesRegExp(names), { done: resolve }));
  await painted();
  return marks;
}

/** Live updates as a forum or chat makes them: whole posts, inline additions, changed text. */
async function liveUpdates(kind: 'block' | 'inline' | 'text', count: number, sentence: string): Promise<void> {
  const main = document.querySelector('main') ?? document.body;
  const posts = [...main.querySelectorAll('article')];
  const paragraphs = [...main.querySelectorAll('p')];
  for (let index = 0; index < count; index++) {
    if (kind === 'block') {
      const post = (posts[index % posts.length] ?? main).cloneNode(true) as Element;
      post.removeAttribute('id');
      main.append(post);
    } else if (kind === 'inline') {
      const bold = document.createElement('b');
      bold.textContent = ` ${sentence}`;
      paragraphs[index % paragraphs.length]?.append(bold);
    } else {
      const paragraph = paragraphs[(index * 7) % paragraphs.length];
      const text = paragraph?.firstChild;
      if (text instanceof Text) text.data = `${sentence} ${text.data}`;
    }
    await painted();
  }
}

const bench = {
  floor,
  regexHighlighter,
  markJsRegExp,
  liveUpdates,
  painted,
  longFrames: (since = 0) => longFrames.filter((frame) => frame.start >= since),
  drained: () => ({ drains, lastDrainAt, maxSliceMs, maxCallbackMs }),
  resetWork: () => {
    maxSliceMs = 0;
    maxCallbackMs = 0;
  },
  now: () => performance.now(),
  marks: () => CSS.highlights.get('immuunwijzer-underline')?.size ?? 0,
};

export type BenchApi = typeof bench;
(window as unknown as { __bench: BenchApi }).__bench = bench;
