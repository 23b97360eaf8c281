import type { Metrics } from './browser';
import type { LiveKind } from './pages';
import type { SearchResults } from './search';
import { median } from './stats';

export interface PageRow {
  label: string;
  kb: number;
  windowMs: number;
  completionMs: number;
  extensionMaxTaskMs: number;
  /** Median with the extension minus median without, over the same window. */
  added: Metrics;
  addedSamples: number[];
  addedLongFrames: number;
  /** The floor's own loop time (performance.now in the page). */
  floorMs: number;
  /** TaskDuration around the floor's call, protocol overhead included. */
  floorTaskMs: number;
  regexMs: number;
  markJsMs: number;
  regexMarks: number;
  markJsMarks: number;
}

export interface LiveRow {
  kind: LiveKind;
  count: number;
  kb: number;
  extensionMaxTaskMs: number;
  addedMs: number[];
  addedLongFrames: number[];
}

export interface Results {
  startedAt: string;
  quick: boolean;
  machine: string;
  pages: PageRow[];
  live: LiveRow[];
  search: SearchResults;
  /** What every page loads (the sentry), and the engine injected only where a term may be. */
  contentScript: { bytes: number; gzipBytes: number };
  engine: { bytes: number; gzipBytes: number };
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`);
const ratio = (value: number, against: number) => (Number.isNaN(value / against) || against <= 0 ? '–' : `${(value / against).toFixed(value / against < 10 ? 2 : 0)}×`);
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

function targets(results: Results): string[] {
  const lines: string[] = [];
  for (const row of results.pages) {
    if (row.kb === 25) {
      lines.push(`${verdict(row.added.taskMs <= 5)} ordinary page: the extension adds ${ms(row.added.taskMs)} (target ≤ 5 ms)`);
      lines.push(`${verdict(row.added.styleCount <= 0)} ordinary page: ${row.added.styleCount} extra style recalculations (target 0)`);
      continue;
    }
    if (row.kb <= 1000) {
      lines.push(`${verdict(row.added.taskMs <= row.regexMs / 2)} ${row.label}: ${ratio(row.added.taskMs, row.regexMs)} the regex highlighter (target ≤ 0.5×)`);
      lines.push(`${verdict(row.added.taskMs <= row.markJsMs / 4)} ${row.label}: ${ratio(row.added.taskMs, row.markJsMs)} mark.js markRegExp (target ≤ 0.25×)`);
    }
    if (row.kb >= 1000) lines.push(`${verdict(row.added.taskMs <= row.floorMs * 10)} ${row.label}: ${ratio(row.added.taskMs, row.floorMs)} the floor (target ≤ 10×)`);
    lines.push(`${verdict(row.extensionMaxTaskMs < 50)} ${row.label}: the extension's longest task ${ms(row.extensionMaxTaskMs)} (target < 50 ms)`);
  }
  for (const row of results.live) {
    const frames = median(row.addedLongFrames);
    lines.push(`${verdict(row.extensionMaxTaskMs < 50 && frames <= 0)} live ${row.kind}: longest extension task ${ms(row.extensionMaxTaskMs)}, ${frames} extra long frames (target < 50 ms, 0)`);
  }
  lines.push(`${verdict(results.search.p95Ms <= 5)} search p95 ${ms(results.search.p95Ms)} (target ≤ 5 ms)`);
  return lines;
}

export function formatReport(results: Results): string {
  const out = [
    `# Immuunwijzer benchmark ${results.startedAt}${results.quick ? ' (QUICK: figures not comparable)' : ''}`,
    results.machine,
    '',
    '## Pages: main-thread time (TaskDuration), medians',
    '',
    '| page | floor | extension adds | × floor | regex highlighter | ext. ÷ regex | mark.js markRegExp | ext. ÷ mark.js | ext. style / layout | done (e2e) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of results.pages) {
    out.push(
      `| ${row.label} | ${ms(row.floorMs)} | ${ms(row.added.taskMs)} | ${ratio(row.added.taskMs, row.floorMs)} | ${ms(row.regexMs)} | ${ratio(row.added.taskMs, row.regexMs)} | ${ms(row.markJsMs)} | ${ratio(row.added.taskMs, row.markJsMs)} | ${ms(row.added.styleMs)} / ${ms(row.added.layoutMs)} | ${ms(row.completionMs)} |`,
    );
  }
  out.push('', 'Extension-added samples (ms, per alternating pair):');
  for (const row of results.pages) out.push(`- ${row.label}: ${row.addedSamples.map((value) => Math.round(value)).join(', ')}; marks: regex ${row.regexMarks}, mark.js ${row.markJsMarks}; floor with protocol overhead ${ms(row.floorTaskMs)}; window ${Math.round(row.windowMs)} ms`);
  out.push('', `## Live updates on the ${results.live[0]?.kb ?? 100} KB page`, '', '| kind | updates | extension adds | extra long frames | extension\'s longest task (e2e) |', '|---|---|---|---|---|');
  for (const row of results.live) out.push(`| ${row.kind} | ${row.count} | ${ms(median(row.addedMs))} | ${median(row.addedLongFrames)} | ${ms(row.extensionMaxTaskMs)} |`);
  const search = results.search;
  out.push(
    '',
    '## Search (Node)',
    '',
    `createSearcher ${ms(search.createSearcherMs)}; ${search.samples} queries: median ${ms(search.medianMs)}, p95 ${ms(search.p95Ms)}, max ${ms(search.maxMs)}; substring baseline median ${ms(search.baselineMedianMs)}, p95 ${ms(search.baselineP95Ms)}`,
    '',
    `Content script (every page): ${results.contentScript.bytes} bytes, ${results.contentScript.gzipBytes} gzip; engine (pages that may hold a term): ${results.engine.bytes} bytes, ${results.engine.gzipBytes} gzip`,
    '',
    '## Targets',
    '',
    ...targets(results),
    '',
  );
  return out.join('\n');
}
