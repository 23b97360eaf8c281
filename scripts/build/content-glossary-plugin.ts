import type { Plugin } from 'vite';
import { loadContent } from '../../core/data/content';
import { toTooltipEntry } from '../../core/data/tooltip-entry';

const MODULE_ID = 'virtual:content-glossary';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * The glossary as the content script needs it: without the long explanations and the FAQ, which
 * only the popup and the uitleg page show, and without the anchors, which only the tests read. The
 * content script runs on every page, so every byte it ships counts.
 */
export function contentGlossaryPlugin(): Plugin {
  return {
    name: 'immuunwijzer-content-glossary',
    resolveId(source) {
      return source === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { glossary, sources } = loadContent();
      const entries = glossary.map(toTooltipEntry);
      return `export const glossary = ${JSON.stringify(entries)};\nexport const sources = ${JSON.stringify(sources)};\n`;
    },
  };
}
