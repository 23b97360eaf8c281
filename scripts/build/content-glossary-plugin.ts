import type { Plugin } from 'vite';
import { loadContent } from '../../core/data/content';
import { toTooltipEntry } from '../../core/data/tooltip-entry';
import { contentPrefilterSource, engineTermIndex, packTermIndex } from '../../core/finder/packed-index';
import { buildTermIndex } from '../../core/finder/term-index';

const MODULE_ID = 'virtual:content-glossary';
const RESOLVED_ID = `\0${MODULE_ID}`;
/** Only the prefilter's patterns: all that the always-loaded content script needs (page/term-sentry.ts). */
const PREFILTER_ID = 'virtual:content-prefilter';
const RESOLVED_PREFILTER_ID = `\0${PREFILTER_ID}`;

/**
 * The glossary as the content script needs it: without the long explanations and the FAQ, which
 * only the popup and the uitleg page show, and without the anchors, which only the tests read. The
 * content script runs on every page, so every byte it ships counts. The term index is built here,
 * once, and shipped packed (core/finder/packed-index.ts): building it took ~11 ms of main-thread
 * time on every page the content script started on. The tooltip texts (`glossary`, `sources`) are
 * imported only by the background, which hands them to the content script on first use
 * (page/tooltip-entries.ts); the engine imports only `termIndex`, and the always-loaded content
 * script only the prefilter's patterns (`virtual:content-prefilter`), taken from the same packed
 * index so the two can share one compiled prefilter (page/engine-handoff.ts).
 */
export function contentGlossaryPlugin(): Plugin {
  return {
    name: 'immuunwijzer-content-glossary',
    resolveId(source) {
      if (source === MODULE_ID) return RESOLVED_ID;
      return source === PREFILTER_ID ? RESOLVED_PREFILTER_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_PREFILTER_ID) {
        return `export const prefilterSource = ${JSON.stringify(contentPrefilterSource(packedIndex(loadContent().glossary)))};\n`;
      }
      if (id !== RESOLVED_ID) return undefined;
      const { glossary, sources } = loadContent();
      const entries = glossary.map(toTooltipEntry);
      // JSON.parse of a string literal: V8 reads that much faster than the same object as a literal
      // (https://v8.dev/blog/cost-of-javascript-2019#json), and every page pays for it.
      // The engine uses the content script's compiled prefilter (page/engine-handoff.ts), so only
      // the ambiguous forms' pattern comes along.
      const engineIndex = engineTermIndex(packedIndex(glossary));
      const termIndex = `JSON.parse(${JSON.stringify(JSON.stringify(engineIndex))})`;
      return [
        `export const glossary = ${JSON.stringify(entries)};`,
        `export const sources = ${JSON.stringify(sources)};`,
        `export const termIndex = ${termIndex};`,
        '',
      ].join('\n');
    },
  };
}

function packedIndex(glossary: Parameters<typeof buildTermIndex>[0]) {
  return packTermIndex(buildTermIndex(glossary));
}
