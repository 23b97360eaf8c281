import type { BrowserContext, Page, Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findTerms } from '../../core/finder/find-terms';
import { buildTermIndex } from '../../core/finder/term-index';
import { loadContent } from '../../core/data/content';
import { visibleText } from '../../scripts/lib/visible-text';

const content = loadContent();
const index = buildTermIndex(content.glossary);

/** What the core finder returns for a fixture page's visible text: what the page should show marked. */
export function expectedMarks(pageFile: string): string[] {
  const html = readFileSync(fileURLToPath(new URL(`./pages/${pageFile}`, import.meta.url)), 'utf8');
  return findTerms(index, visibleText(html)).map((match) => match.text);
}

export function termIdOf(text: string): string | undefined {
  const matches = findTerms(index, `nivolumab ${text}`);
  return matches.length === 2 && matches[1]!.text === text ? matches[1]!.id : undefined;
}

export function entryOf(id: string) {
  const entry = content.glossary.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no glossary entry ${id}`);
  return entry;
}

export interface PageProblems {
  errors: string[];
  extensionLogs: string[];
}

/** Collects uncaught page errors and anything the extension logged. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], extensionLogs: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('[Immuunwijzer]')) problems.extensionLogs.push(message.text());
  });
  return problems;
}

/** Records every DOM change from the first moment, as the page's own code would see it. */
export async function recordMutations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __mutationLog: string[] }).__mutationLog = log;
    const describe = (node: Node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).tagName.toLowerCase() : node.nodeName);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const added = [...record.addedNodes].map(describe).join(',');
        const removed = [...record.removedNodes].map(describe).join(',');
        log.push(`${record.type} on ${describe(record.target)}${record.attributeName ? ` [${record.attributeName}]` : ''} +${added} -${removed}`);
      }
    });
    // From the end of parsing: the parser's own insertions may reach the callback after readyState changed.
    document.addEventListener('DOMContentLoaded', () => observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }), { once: true });
  });
}

export async function mutationLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutationLog: string[] }).__mutationLog);
}

/** Requests that left for anywhere but the local fixture server or the extension's own files. */
export function outsideRequests(requests: Request[], origin: string): string[] {
  return requests.map((request) => request.url()).filter((url) => !url.startsWith(origin) && !url.startsWith('chrome-extension://') && !url.startsWith('data:'));
}

/** The on-screen box of the n-th painted mark whose text is `text`. */
export async function markBox(page: Page, text: string, occurrence = 0): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate(
    ([wanted, nth]) => {
      const found: Range[] = [];
      // The marks: every highlight but the explained word's (priority 1); names are random per page.
      for (const highlight of CSS.highlights.values()) {
        if (highlight.priority !== 0) continue;
        for (const range of highlight) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          if (live.toString() === wanted) found.push(live);
        }
      }
      const order = (a: Range, b: Range) => a.compareBoundaryPoints(Range.START_TO_START, b);
      const range = found.sort(order)[nth as number];
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : undefined;
    },
    [text, occurrence] as const,
  );
  if (!box) throw new Error(`no painted mark "${text}" #${occurrence}`);
  return box;
}

/** Sets the extension's settings as the popup would, through the service worker's storage. */
export async function setSettings(context: BrowserContext, settings: Record<string, unknown>): Promise<void> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  await worker.evaluate(async (value) => {
    // One sync item per setting, the site list in local (utils/settings-storage/layout.ts).
    const { disabledSites = [], ...synced } = { enabled: true, firstOnly: false, markStyle: 'underline', markOnHover: false, ...value };
    type Area = { set(items: object): Promise<void> };
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } };
    await chrome.storage.sync.set(synced);
    await chrome.storage.local.set({ disabledSites });
  }, settings);
}
